import { useState } from 'react';

import type { Notification } from '@/features/notifications/api/get-notifications';
import { useUnreadCount } from '@/features/notifications/api/get-unread-count';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { NotificationToasts } from '@/features/notifications/components/notification-toasts';
import { NotificationsPanel } from '@/features/notifications/components/notifications-panel';
import { useLiveNotifications } from '@/features/notifications/live/use-live-notifications';
import { useCurrentUser } from '@/lib/auth';
import { hasAnyRole, POLICIES } from '@/lib/authorization';

/** Toasts shown at once, the newest last; an older one gives way. */
const MAX_TOASTS = 3;

/** The staff's notifications in the top bar: the bell, its panel, the live connection and its toasts. */
function StaffNotifications({ userId }: { userId: string }) {
  const [open, setOpen] = useState(false);
  const [toasts, setToasts] = useState<Notification[]>([]);
  const unread = useUnreadCount().data?.count ?? 0;
  useLiveNotifications(userId, (notification) => setToasts((shown) => [...shown, notification].slice(-MAX_TOASTS)));
  return (
    <>
      <NotificationBell unread={unread} onClick={() => setOpen(true)} />
      <NotificationsPanel show={open} unread={unread} onHide={() => setOpen(false)} />
      <NotificationToasts
        toasts={toasts}
        onClose={(id) => setToasts((shown) => shown.filter((toast) => toast.id !== id))}
      />
    </>
  );
}

/** Notifications belong to the staff of an institution: a platform administrator has none. */
export function NotificationCentre() {
  const user = useCurrentUser();
  return hasAnyRole(user.roles, POLICIES.notifications) ? <StaffNotifications userId={user.id} /> : null;
}
