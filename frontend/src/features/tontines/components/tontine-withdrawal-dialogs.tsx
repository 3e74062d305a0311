import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useApproveTontineWithdrawal } from '@/features/tontines/api/approve-tontine-withdrawal';
import type { TontineWithdrawal } from '@/features/tontines/api/get-tontine-withdrawals';
import { useRejectTontineWithdrawal } from '@/features/tontines/api/reject-tontine-withdrawal';

type WithdrawalDialogProps = { withdrawal: TontineWithdrawal; amount: string; onClose: () => void };

/** Pays the withdrawal once confirmed; the API refuses it (maker_checker) to whoever asked for it. */
export function ApproveTontineWithdrawalDialog({ withdrawal, amount, onClose }: WithdrawalDialogProps) {
  const { t } = useTranslation();
  const approve = useApproveTontineWithdrawal();
  // The approval pays money out: one key for this decision, whatever the retries.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ConfirmDialog
      title={t('tontines.withdrawals.approveTitle')}
      message={t('tontines.withdrawals.approveConfirm', {
        amount,
        name: withdrawal.clientName,
        tontine: withdrawal.tontineName,
      })}
      confirmLabel={t('tontines.withdrawals.approve')}
      variant="primary"
      isPending={approve.isPending}
      error={approve.error}
      onCancel={onClose}
      onConfirm={() => approve.mutate({ id: withdrawal.id, idempotencyKey }, { onSuccess: onClose })}
    />
  );
}

export function RejectTontineWithdrawalDialog({ withdrawal, amount, onClose }: WithdrawalDialogProps) {
  const { t } = useTranslation();
  const reject = useRejectTontineWithdrawal();
  return (
    <ReasonDialog
      title={t('tontines.withdrawals.rejectTitle')}
      message={t('tontines.withdrawals.rejectMessage', {
        amount,
        name: withdrawal.clientName,
        tontine: withdrawal.tontineName,
      })}
      label={t('tontines.withdrawals.reason')}
      submitLabel={t('tontines.withdrawals.reject')}
      isPending={reject.isPending}
      error={reject.error}
      onSubmit={(data, onError) => reject.mutate({ id: withdrawal.id, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}
