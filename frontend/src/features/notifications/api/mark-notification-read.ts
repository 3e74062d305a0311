import { useMutation, useQueryClient } from '@tanstack/react-query';

import { markReadInCaches } from '@/features/notifications/api/feed-cache';
import { api, unwrap } from '@/lib/api-client';

export function markNotificationRead(id: string) {
  return unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (read) => markReadInCaches(queryClient, read),
  });
}
