import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useApproveAccount } from '@/features/deposits/api/approve-account';
import type { Account } from '@/features/deposits/api/get-accounts';

/** The supervisor confirms the client's identity was checked; the API refuses it to whoever requested the account. */
export function ApproveAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const approve = useApproveAccount();
  return (
    <ConfirmDialog
      title={t('accounts.approveTitle')}
      message={t('accounts.approveConfirm', { number: account.number, name: account.clientName })}
      confirmLabel={t('accounts.actions.approve')}
      variant="primary"
      isPending={approve.isPending}
      error={approve.error}
      onCancel={onClose}
      onConfirm={() => approve.mutate(account.id, { onSuccess: onClose })}
    />
  );
}
