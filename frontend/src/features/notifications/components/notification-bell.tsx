import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

/** Shown up to this number; more reads "99+". */
const MAX_SHOWN = 99;

type NotificationBellProps = { unread: number; onClick: () => void };

/** The bell of the top bar, with the number of unread notifications; it opens the panel. */
export function NotificationBell({ unread, onClick }: NotificationBellProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn-link nav-link position-relative px-2"
      aria-label={t('notifications.bell', { count: unread })}
      aria-haspopup="dialog"
      onClick={onClick}
    >
      {/* Bootstrap Icons' "bell-fill" (MIT). */}
      <svg width="20" height="20" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
        <path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2m.995-14.901a1 1 0 1 0-1.99 0A5 5 0 0 0 3 6c0 1.098-.5 6-2 7h14c-1.5-1-2-5.902-2-7 0-2.42-1.72-4.44-4.005-4.901" />
      </svg>
      {unread > 0 && (
        <Badge bg="danger" pill className="position-absolute top-0 start-100 translate-middle-x" aria-hidden="true">
          {unread > MAX_SHOWN ? `${MAX_SHOWN}+` : unread}
        </Badge>
      )}
    </button>
  );
}
