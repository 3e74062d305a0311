import { useTranslation } from 'react-i18next';

import { ReasonDialog } from '@/components/ui/reason-dialog';
import type { WithdrawalRequest } from '@/features/deposits/api/get-withdrawals';
import { useRejectWithdrawal } from '@/features/deposits/api/reject-withdrawal';

type RejectWithdrawalDialogProps = { request: WithdrawalRequest; amount: string; onClose: () => void };

export function RejectWithdrawalDialog({ request, amount, onClose }: RejectWithdrawalDialogProps) {
  const { t } = useTranslation();
  const reject = useRejectWithdrawal();
  return (
    <ReasonDialog
      title={t('withdrawals.rejectTitle')}
      message={t('withdrawals.rejectMessage', { amount, number: request.accountNumber, name: request.clientName })}
      label={t('withdrawals.reason')}
      submitLabel={t('withdrawals.reject')}
      isPending={reject.isPending}
      error={reject.error}
      onSubmit={(data, onError) => reject.mutate({ id: request.id, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}
