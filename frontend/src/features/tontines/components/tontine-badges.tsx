import Badge from 'react-bootstrap/Badge';

import { useEnumLabel } from '@/lib/enum-labels';
import type { components } from '@/types/api';

type TontineStatus = components['schemas']['TontineStatus'];
type TontineAdhesionStatus = components['schemas']['TontineAdhesionStatus'];
type TontineWithdrawalStatus = components['schemas']['TontineWithdrawalStatus'];

const TONTINE_COLOURS: Record<TontineStatus, string> = { Draft: 'secondary', Open: 'success', Closed: 'dark' };

/** Draft (being set up), Open (taking adhesions) or Closed. */
export function TontineStatusBadge({ status }: { status: TontineStatus }) {
  const label = useEnumLabel();
  return <Badge bg={TONTINE_COLOURS[status]}>{label('TontineStatus', status)}</Badge>;
}

const ADHESION_COLOURS: Record<TontineAdhesionStatus, string> = {
  Requested: 'warning',
  Validated: 'info',
  Rejected: 'danger',
  Active: 'success',
};

export function AdhesionStatusBadge({ status }: { status: TontineAdhesionStatus }) {
  const label = useEnumLabel();
  return (
    <Badge bg={ADHESION_COLOURS[status]} text={status === 'Requested' || status === 'Validated' ? 'dark' : undefined}>
      {label('TontineAdhesionStatus', status)}
    </Badge>
  );
}

const WITHDRAWAL_COLOURS: Record<TontineWithdrawalStatus, string> = {
  Pending: 'warning',
  Approved: 'success',
  Rejected: 'danger',
};

export function TontineWithdrawalStatusBadge({ status }: { status: TontineWithdrawalStatus }) {
  const label = useEnumLabel();
  return (
    <Badge bg={WITHDRAWAL_COLOURS[status]} text={status === 'Pending' ? 'dark' : undefined}>
      {label('TontineWithdrawalStatus', status)}
    </Badge>
  );
}
