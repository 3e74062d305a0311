import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { AmountField, SelectField, TextField } from '@/components/ui/form-fields';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { useReviewSteps } from '@/components/ui/review-steps';
import { EnumOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import {
  movementInputSchema,
  useDeposit,
  type MovementFormValues,
  type MovementInput,
} from '@/features/deposits/api/deposit';
import type { Account } from '@/features/deposits/api/get-accounts';
import { useCategories } from '@/features/deposits/api/get-categories';
import { CHANNELS, type Transaction } from '@/features/deposits/api/get-transaction';
import type { WithdrawalRequest } from '@/features/deposits/api/get-withdrawals';
import { useWithdraw } from '@/features/deposits/api/withdraw';
import { CategoryField, categoryName } from '@/features/deposits/components/category-field';
import { OperationSteps } from '@/features/deposits/components/operation-steps';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['amount', 'channel', 'reference', 'categoryId'] as const;

type MovementDialogProps = { kind: 'deposit' | 'withdrawal'; account: Account; onClose: () => void };

/**
 * A deposit or a withdrawal: the form, a review to confirm, then the receipt — or, for a withdrawal above the
 * product's threshold, the news that it waits for a supervisor (the balance does not move until then).
 */
export function MovementDialog({ kind, account, onClose }: MovementDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const deposit = useDeposit();
  const withdraw = useWithdraw();
  const categories = useCategories();
  const mutation = kind === 'deposit' ? deposit : withdraw;
  const [pending, setPending] = useState<WithdrawalRequest | null>(null);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(movementInputSchema(account.currency)),
    defaultValues: { amount: '', channel: CHANNELS[0], reference: '', categoryId: '' },
  });
  const steps = useReviewSteps<MovementInput, MovementFormValues>({
    mutation,
    setError,
    fields: FIELDS,
    onClose,
  });
  const { errors } = formState;

  const toReceipt = (transaction: Transaction) => steps.showResult(paths.receipt.getHref(transaction.id));
  const confirm = () => {
    if (kind === 'deposit') {
      steps.send((review) => deposit.mutateAsync({ accountId: account.id, ...review }), toReceipt);
    } else {
      steps.send(
        (review) => withdraw.mutateAsync({ accountId: account.id, ...review }),
        (outcome) => (outcome.status === 'pending' ? setPending(outcome.request) : toReceipt(outcome.transaction)),
      );
    }
  };

  if (pending) {
    return (
      <NoticeDialog title={t('operations.pendingTitle')} variant="warning" onClose={onClose}>
        {t('operations.pendingMessage', {
          amount: formatMoney(pending.amount, pending.currency, locale),
          number: pending.accountNumber,
        })}
      </NoticeDialog>
    );
  }

  return (
    <OperationSteps
      kind={kind}
      account={account}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={FIELDS}
      details={(data) => [
        { label: t('operations.channel'), value: t(`channels.${data.channel}`) },
        { label: t('operations.reference'), value: data.reference },
        { label: t('categories.category'), value: categoryName(categories.data, data.categoryId) },
      ]}
      onConfirm={confirm}
      mutation={mutation}
      fields={
        <>
          <AmountField currency={account.currency} registration={register('amount')} error={errors.amount} />
          <SelectField label={t('operations.channel')} registration={register('channel')} error={errors.channel}>
            <EnumOptions values={CHANNELS} labelKey="channels" />
          </SelectField>
          <TextField label={t('operations.reference')} registration={register('reference')} error={errors.reference} />
          <CategoryField categories={categories.data} registration={register('categoryId')} error={errors.categoryId} />
        </>
      }
    />
  );
}
