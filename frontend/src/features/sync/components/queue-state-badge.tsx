import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import type { QueueState } from '@/features/sync/offline-db';

const VARIANTS: Record<QueueState, string> = {
  Pending: 'warning',
  Syncing: 'info',
  Synced: 'success',
  Refused: 'danger',
};

/** « En attente de synchronisation », « Synchronisation… », « Synchronisé », « Refusé ». */
export function QueueStateBadge({ state }: { state: QueueState }) {
  const { t } = useTranslation();
  return (
    <Badge bg={VARIANTS[state]} text={state === 'Pending' ? 'dark' : undefined} className="text-wrap">
      {t(`sync.states.${state}`)}
    </Badge>
  );
}
