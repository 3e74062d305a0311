import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import type { WithdrawalRequest } from '@/features/accounts/api/get-withdrawals';
import { rejectWithdrawalInputSchema, useRejectWithdrawal } from '@/features/accounts/api/reject-withdrawal';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = rejectWithdrawalInputSchema.keyof().options;

type RejectWithdrawalDialogProps = { request: WithdrawalRequest; amount: string; onClose: () => void };

export function RejectWithdrawalDialog({ request, amount, onClose }: RejectWithdrawalDialogProps) {
  const { t } = useTranslation();
  const reject = useRejectWithdrawal();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(rejectWithdrawalInputSchema),
    defaultValues: { reason: '' },
  });

  const submit = handleSubmit((data) =>
    reject.mutate(
      { id: request.id, data },
      { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, FIELDS, setError) },
    ),
  );

  return (
    <FormDialog
      title={t('withdrawals.rejectTitle')}
      submitLabel={t('withdrawals.reject')}
      onClose={onClose}
      onSubmit={submit}
      isPending={reject.isPending}
      error={reject.error}
      inlineFields={FIELDS}
    >
      <p>{t('withdrawals.rejectMessage', { amount, number: request.accountNumber, name: request.clientName })}</p>
      <TextField label={t('withdrawals.reason')} registration={register('reason')} error={formState.errors.reason} />
    </FormDialog>
  );
}
