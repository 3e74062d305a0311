import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import type { OutboxStatus } from '@/features/notifications/outbox/api/get-outbox';

/** Waiting (blue), sent (green), dead-lettered (red). */
const COLOURS: Record<OutboxStatus, { bg: string; text?: 'dark' }> = {
  Pending: { bg: 'info', text: 'dark' },
  Sent: { bg: 'success' },
  Failed: { bg: 'danger' },
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return (
    <Badge bg={COLOURS[status].bg} text={COLOURS[status].text}>
      {t(`outboxStatuses.${status}`)}
    </Badge>
  );
}
