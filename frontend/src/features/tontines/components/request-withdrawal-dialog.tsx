import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { AmountField } from '@/components/ui/form-fields';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import type { Participant } from '@/features/tontines/api/get-participants';
import {
  tontineWithdrawalInputSchema,
  useRequestTontineWithdrawal,
} from '@/features/tontines/api/request-tontine-withdrawal';
import { setApiFieldErrors } from '@/lib/form-errors';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['amount'] as const;

type RequestWithdrawalDialogProps = { participant: Participant; currency: string; onClose: () => void };

/**
 * Asks for a withdrawal of savings, at most what is saved. Nothing is paid yet: someone other than the requester
 * approves it (the approvals page, or the participant's page), which is said once it is asked.
 */
export function RequestWithdrawalDialog({ participant, currency, onClose }: RequestWithdrawalDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const request = useRequestTontineWithdrawal();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  // One key per amount asked: a retry (a lost answer, a double click) asks once; another amount is another request.
  const [key, setKey] = useState<{ amount: number; idempotencyKey: string } | null>(null);
  const keyFor = (amount: number) => {
    const idempotencyKey = key?.amount === amount ? key.idempotencyKey : crypto.randomUUID();
    setKey({ amount, idempotencyKey });
    return idempotencyKey;
  };
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(tontineWithdrawalInputSchema(currency, participant.savedBalance)),
    defaultValues: { amount: '' },
  });

  if (request.data) {
    return (
      <NoticeDialog title={t('tontines.withdrawals.requestedTitle')} variant="warning" onClose={onClose}>
        {t('tontines.withdrawals.requestedMessage', { amount: money(request.data.amount), name: participant.clientName })}
      </NoticeDialog>
    );
  }

  return (
    <FormDialog
      title={t('tontines.withdrawals.requestTitle', { name: participant.clientName })}
      submitLabel={t('tontines.withdrawals.requestSubmit')}
      onClose={onClose}
      onSubmit={handleSubmit((data) =>
        request.mutate(
          { participantId: participant.id, data, idempotencyKey: keyFor(data.amount) },
          { onError: (error) => setApiFieldErrors(error, FIELDS, setError) },
        ),
      )}
      isPending={request.isPending}
      error={request.error}
      inlineFields={FIELDS}
    >
      <AmountField
        currency={currency}
        registration={register('amount')}
        error={formState.errors.amount}
        hint={t('tontines.withdrawals.available', { amount: money(participant.savedBalance) })}
      />
    </FormDialog>
  );
}
