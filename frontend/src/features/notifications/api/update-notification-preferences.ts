import { useMutation, useQueryClient } from '@tanstack/react-query';

import { notificationPreferencesQueryKey } from '@/features/notifications/api/get-notification-preferences';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type NotificationPreferencesInput = components['schemas']['UpdateNotificationPreferencesCommand'];

export function updateNotificationPreferences(body: NotificationPreferencesInput) {
  return unwrap(api.PUT('/api/v1/notifications/preferences', { body }));
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData(notificationPreferencesQueryKey, saved),
  });
}
