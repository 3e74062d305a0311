import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import type { PaymentStatus } from '@/features/payments/api/get-payments';

/** Waiting on the payer (blue), posted (green), failed (red), needs a supervisor (amber), ended without money (grey). */
const COLOURS: Record<PaymentStatus, { bg: string; text?: 'dark' }> = {
  Pending: { bg: 'info', text: 'dark' },
  Succeeded: { bg: 'success' },
  Failed: { bg: 'danger' },
  Expired: { bg: 'secondary' },
  Flagged: { bg: 'warning', text: 'dark' },
  Refunded: { bg: 'secondary' },
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge bg={COLOURS[status].bg} text={COLOURS[status].text}>
      {t(`paymentStatuses.${status}`)}
    </Badge>
  );
}
