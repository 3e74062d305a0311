import { queryOptions, useQuery } from '@tanstack/react-query';

import { notificationsQueryKey } from '@/features/notifications/api/get-notifications';
import { api, unwrap } from '@/lib/api-client';

export const unreadCountQueryKey = [...notificationsQueryKey, 'unread-count'] as const;

export function getUnreadCount() {
  return unwrap(api.GET('/api/v1/notifications/unread-count'));
}

export type UnreadCount = Awaited<ReturnType<typeof getUnreadCount>>;

/** The bell's badge. Pushes keep it current; it is read again on each (re)connection to the hub. */
export function getUnreadCountQueryOptions() {
  return queryOptions({ queryKey: unreadCountQueryKey, queryFn: getUnreadCount, staleTime: Infinity });
}

export function useUnreadCount() {
  return useQuery(getUnreadCountQueryOptions());
}
