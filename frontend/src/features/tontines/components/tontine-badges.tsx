import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import type {
  TontineAdhesionStatus,
  TontineStatus,
  TontineWithdrawalStatus,
} from '@/features/tontines/types';

const TONTINE_COLOURS: Record<TontineStatus, string> = { Draft: 'secondary', Open: 'success', Closed: 'dark' };

/** Draft (being set up), Open (taking adhesions) or Closed. */
export function TontineStatusBadge({ status }: { status: TontineStatus }) {
  const { t } = useTranslation();
  return <Badge bg={TONTINE_COLOURS[status]}>{t(`tontineStatuses.${status}`)}</Badge>;
}

const ADHESION_COLOURS: Record<TontineAdhesionStatus, string> = {
  Requested: 'warning',
  Validated: 'info',
  Rejected: 'danger',
  Active: 'success',
};

export function AdhesionStatusBadge({ status }: { status: TontineAdhesionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge bg={ADHESION_COLOURS[status]} text={status === 'Requested' || status === 'Validated' ? 'dark' : undefined}>
      {t(`tontineAdhesionStatuses.${status}`)}
    </Badge>
  );
}

const WITHDRAWAL_COLOURS: Record<TontineWithdrawalStatus, string> = {
  Pending: 'warning',
  Approved: 'success',
  Rejected: 'danger',
};

export function TontineWithdrawalStatusBadge({ status }: { status: TontineWithdrawalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge bg={WITHDRAWAL_COLOURS[status]} text={status === 'Pending' ? 'dark' : undefined}>
      {t(`tontineWithdrawalStatuses.${status}`)}
    </Badge>
  );
}
