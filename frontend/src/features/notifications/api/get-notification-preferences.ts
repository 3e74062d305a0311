import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

// Apart from the feed's key, so that re-reading the feed after a reconnection leaves the preferences' form alone.
export const notificationPreferencesQueryKey = ['notification-preferences'] as const;

export function getNotificationPreferences() {
  return unwrap(api.GET('/api/v1/notifications/preferences'));
}

export type NotificationPreferences = Awaited<ReturnType<typeof getNotificationPreferences>>;

export function getNotificationPreferencesQueryOptions() {
  return queryOptions({ queryKey: notificationPreferencesQueryKey, queryFn: getNotificationPreferences });
}

export function useNotificationPreferences() {
  return useQuery(getNotificationPreferencesQueryOptions());
}
