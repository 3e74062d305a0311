import { useTranslation } from 'react-i18next';

import { ReasonDialog } from '@/components/ui/reason-dialog';
import type { Account } from '@/features/deposits/api/get-accounts';
import { useRejectAccount } from '@/features/deposits/api/reject-account';

/** The supervisor refuses a requested opening, with a reason kept on the account. */
export function RejectAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectAccount();
  return (
    <ReasonDialog
      title={t('accounts.rejectTitle')}
      message={t('accounts.rejectMessage', { number: account.number, name: account.clientName })}
      label={t('accounts.rejectionReason')}
      submitLabel={t('accounts.actions.reject')}
      isPending={reject.isPending}
      error={reject.error}
      onSubmit={(data, onError) => reject.mutate({ id: account.id, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}
