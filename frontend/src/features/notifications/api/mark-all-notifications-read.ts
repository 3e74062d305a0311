import { useMutation, useQueryClient } from '@tanstack/react-query';

import { markAllReadInCaches } from '@/features/notifications/api/feed-cache';
import { api, unwrap } from '@/lib/api-client';

export function markAllNotificationsRead() {
  return unwrap(api.POST('/api/v1/notifications/read-all'));
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => markAllReadInCaches(queryClient, new Date().toISOString()),
  });
}
