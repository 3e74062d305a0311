import { useTranslation } from 'react-i18next';

import { StatusBadge } from '@/components/ui/status-badge';
import type { ClientStatus } from '@/features/clients/api/get-clients';

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <StatusBadge active={status === 'Active'} label={t(`clientStatuses.${status}`)} />;
}
