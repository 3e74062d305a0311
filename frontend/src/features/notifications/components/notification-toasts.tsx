import Toast from 'react-bootstrap/Toast';
import ToastContainer from 'react-bootstrap/ToastContainer';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

import type { Notification } from '@/features/notifications/api/get-notifications';

/** How long a toast stays, unless closed sooner. */
const TOAST_DELAY_MS = 8_000;

type NotificationToastsProps = { toasts: readonly Notification[]; onClose: (id: string) => void };

/**
 * The notifications just pushed, each for a few seconds in a corner of the screen: in the page's body rather than in
 * the top bar, where the bell that owns them sits.
 */
export function NotificationToasts({ toasts, onClose }: NotificationToastsProps) {
  const { t } = useTranslation();
  return createPortal(
    <ToastContainer position="bottom-end" containerPosition="fixed" className="p-3">
      {toasts.map((toast) => (
        <Toast key={toast.id} onClose={() => onClose(toast.id)} delay={TOAST_DELAY_MS} autohide>
          <Toast.Header closeLabel={t('common.close')}>
            <strong className="me-auto">{toast.title}</strong>
          </Toast.Header>
          <Toast.Body className="text-break">{toast.body}</Toast.Body>
        </Toast>
      ))}
    </ToastContainer>,
    document.body,
  );
}
