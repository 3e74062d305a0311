import Badge from 'react-bootstrap/Badge';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';

import type { Notification } from '@/features/notifications/api/get-notifications';
import { useEnumLabel } from '@/lib/enum-labels';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type NotificationLineProps = { line: Notification; onOpen: (line: Notification) => void };

/** A line of the feed: unread ones stand out and say so; clicking one opens what it is about. */
export function NotificationLine({ line, onOpen }: NotificationLineProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const enumLabel = useEnumLabel();
  const unread = !line.readAt;
  return (
    <ListGroup.Item as="li" className={unread ? 'p-0 bg-primary-subtle' : 'p-0'}>
      <button
        type="button"
        className="notification-line list-group-item-action w-100 border-0 text-start px-3 py-2"
        onClick={() => onOpen(line)}
      >
        <span className="d-flex justify-content-between align-items-start gap-2">
          <span className={unread ? 'fw-semibold' : undefined}>{line.title}</span>
          {unread && (
            <Badge bg="primary" pill className="flex-shrink-0">
              {t('notifications.unread')}
            </Badge>
          )}
        </span>
        <span className="d-block small text-break">{line.body}</span>
        <span className="d-block small text-body-secondary">
          {enumLabel('NotificationKind', line.kind)} · {formatDateTime(line.createdAt, locale)}
        </span>
      </button>
    </ListGroup.Item>
  );
}
