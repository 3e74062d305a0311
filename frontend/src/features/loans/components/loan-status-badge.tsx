import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import type { LoanStatus } from '@/features/loans/api/get-loans';

/** Waiting on someone (blue), ready or running (green), ended well (dark), refused or lost (red), dropped (grey). */
const COLOURS: Record<LoanStatus, string> = {
  Draft: 'secondary',
  Submitted: 'info',
  UnderReview: 'info',
  Recommended: 'primary',
  Approved: 'primary',
  Rejected: 'danger',
  Cancelled: 'secondary',
  Active: 'success',
  Repaid: 'dark',
  WrittenOff: 'danger',
};

export function LoanStatusBadge({ status }: { status: LoanStatus }) {
  const { t } = useTranslation();
  return <Badge bg={COLOURS[status]}>{t(`loanStatuses.${status}`)}</Badge>;
}

/** Days past due of the oldest unpaid installment, when there are any. */
export function ArrearsBadge({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days <= 0) return null;
  return (
    <Badge bg="danger" className="ms-1">
      {t('loans.daysLate', { count: days })}
    </Badge>
  );
}
