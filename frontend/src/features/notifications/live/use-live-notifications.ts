import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';

import { receiveNotification, refreshNotifications } from '@/features/notifications/api/feed-cache';
import type { Notification } from '@/features/notifications/api/get-notifications';
import { connectNotifications } from '@/features/notifications/live/notifications-hub';
import { api } from '@/lib/api-client';

/**
 * While mounted (the signed-in frame: it unmounts at sign-out), keeps `userId`'s badge and feed up to date from the hub,
 * and tells `onNotification` of each one pushed (to show it).
 */
export function useLiveNotifications(userId: string, onNotification: (notification: Notification) => void) {
  const queryClient = useQueryClient();
  const notify = useEffectEvent(onNotification);

  useEffect(
    () =>
      connectNotifications({
        accessToken: api.accessToken,
        onNotification: (notification) => {
          receiveNotification(queryClient, notification);
          notify(notification);
        },
        onConnected: () => void refreshNotifications(queryClient),
      }),
    [queryClient, userId],
  );
}
