import { useTranslation } from 'react-i18next';

import { StatusBadge } from '@/components/ui/status-badge';
import type { AccountStatus } from '@/features/deposits/api/get-accounts';

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return <StatusBadge active={status === 'Active'} label={t(`accountStatuses.${status}`)} />;
}
