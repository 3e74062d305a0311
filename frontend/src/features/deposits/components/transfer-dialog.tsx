import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { AmountField, TextField } from '@/components/ui/form-fields';
import { useReviewSteps } from '@/components/ui/review-steps';
import { paths } from '@/config/paths';
import type { Account } from '@/features/deposits/api/get-accounts';
import { useCategories } from '@/features/deposits/api/get-categories';
import {
  transferInputSchema,
  useTransfer,
  type TransferFormValues,
  type TransferInput,
} from '@/features/deposits/api/transfer';
import { AccountPicker } from '@/features/deposits/components/account-picker';
import { CategoryField, categoryName } from '@/features/deposits/components/category-field';
import { OperationSteps } from '@/features/deposits/components/operation-steps';

const FIELDS = ['toAccountId', 'amount', 'reference', 'categoryId'] as const;

/** A transfer to another account of the institution, found by its number: the form, a review, then the receipt. */
export function TransferDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const transfer = useTransfer();
  const categories = useCategories();
  const [destination, setDestination] = useState<Account | null>(null);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(transferInputSchema(account.currency)),
    defaultValues: { toAccountId: '', amount: '', reference: '', categoryId: '' },
  });
  const steps = useReviewSteps<TransferInput, TransferFormValues>({
    mutation: transfer,
    setError,
    fields: FIELDS,
    onClose,
  });
  const { errors } = formState;

  const confirm = () =>
    steps.send(
      (review) => transfer.mutateAsync({ fromAccountId: account.id, ...review }),
      (result) => steps.showResult(paths.receipt.getHref(result.debit.id)),
    );

  return (
    <OperationSteps
      kind="transfer"
      account={account}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={FIELDS}
      details={(data) => [
        { label: t('operations.destination'), value: destination?.number },
        { label: t('operations.beneficiary'), value: destination?.clientName },
        { label: t('operations.reference'), value: data.reference },
        { label: t('categories.category'), value: categoryName(categories.data, data.categoryId) },
      ]}
      onConfirm={confirm}
      mutation={transfer}
      fields={
        <>
          <AccountPicker
            label={t('operations.destination')}
            excludeId={account.id}
            picked={destination}
            onPick={setDestination}
            registration={register('toAccountId')}
            error={errors.toAccountId}
          />
          <AmountField currency={account.currency} registration={register('amount')} error={errors.amount} />
          <TextField label={t('operations.reference')} registration={register('reference')} error={errors.reference} />
          <CategoryField categories={categories.data} registration={register('categoryId')} error={errors.categoryId} />
        </>
      }
    />
  );
}
