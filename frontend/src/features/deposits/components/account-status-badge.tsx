import { StatusBadge } from '@/components/ui/status-badge';
import type { AccountStatus } from '@/features/deposits/api/get-accounts';
import { useEnumLabel } from '@/lib/enum-labels';

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const label = useEnumLabel();
  return <StatusBadge active={status === 'Active'} label={label('DepositAccountStatus', status)} />;
}
