import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useCloseAccount } from '@/features/deposits/api/close-account';
import type { Account } from '@/features/deposits/api/get-accounts';

export function CloseAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const closeAccount = useCloseAccount();
  return (
    <ConfirmDialog
      title={t('accounts.closeTitle')}
      message={t('accounts.closeConfirm', { number: account.number, name: account.clientName })}
      confirmLabel={t('accounts.actions.close')}
      isPending={closeAccount.isPending}
      error={closeAccount.error}
      onCancel={onClose}
      onConfirm={() => closeAccount.mutate(account.id, { onSuccess: onClose })}
    />
  );
}
