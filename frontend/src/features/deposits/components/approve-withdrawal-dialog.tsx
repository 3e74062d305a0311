import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useApproveWithdrawal } from '@/features/deposits/api/approve-withdrawal';
import type { WithdrawalRequest } from '@/features/deposits/api/get-withdrawals';

type ApproveWithdrawalDialogProps = { request: WithdrawalRequest; amount: string; onClose: () => void };

/** Posts the withdrawal once confirmed; the API refuses it (maker_checker) to whoever asked for it. */
export function ApproveWithdrawalDialog({ request, amount, onClose }: ApproveWithdrawalDialogProps) {
  const { t } = useTranslation();
  const approve = useApproveWithdrawal();
  // The approval posts money: one key for this decision, whatever the retries.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ConfirmDialog
      title={t('withdrawals.approveTitle')}
      message={t('withdrawals.approveConfirm', { amount, number: request.accountNumber, name: request.clientName })}
      confirmLabel={t('withdrawals.approve')}
      variant="primary"
      isPending={approve.isPending}
      error={approve.error}
      onCancel={onClose}
      onConfirm={() => approve.mutate({ id: request.id, idempotencyKey }, { onSuccess: onClose })}
    />
  );
}
