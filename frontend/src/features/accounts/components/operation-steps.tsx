import { useState, type FormEventHandler, type ReactNode } from 'react';
import type { FieldError, FieldValues, Path, UseFormRegisterReturn, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DetailsList, type Detail } from '@/components/ui/details-list';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import type { Account } from '@/features/accounts/api/get-accounts';
import { ApiError } from '@/lib/api-error';
import { setApiFieldErrors } from '@/lib/form-errors';
import { currencyLabel, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type OperationKind = 'deposit' | 'withdrawal' | 'transfer';

/** What the user reviews, and the one idempotency key its posting is sent with. */
type Review<Input> = { data: Input; idempotencyKey: string };

type UseOperationStepsOptions<Values extends FieldValues> = {
  mutation: { reset: () => void };
  setError: UseFormSetError<Values>;
  fields: readonly Path<Values>[];
};

/**
 * The two steps of a money operation: its form, then a review that the user confirms. The key is made when the
 * review opens, so a double click or a retry of the confirmation sends the same key and the API posts once; a
 * changed operation goes through a new review, so it gets a new key.
 */
export function useOperationSteps<Input, Values extends FieldValues>({
  mutation,
  setError,
  fields,
}: UseOperationStepsOptions<Values>) {
  const [review, setReview] = useState<Review<Input> | null>(null);
  return {
    review,
    startReview: (data: Input) => setReview({ data, idempotencyKey: crypto.randomUUID() }),
    backToForm: () => {
      mutation.reset();
      setReview(null);
    },
    /** A refused field sends the user back to the form, where the API's message shows on the field. */
    onError: (error: unknown) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      setReview(null);
      setApiFieldErrors(error, fields, setError);
    },
  };
}

type AmountFieldProps = { currency: string; registration: UseFormRegisterReturn; error?: FieldError };

/** The amount of an operation, typed on a phone's digit keyboard. */
export function AmountField({ currency, registration, error }: AmountFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('operations.amountIn', { currency: currencyLabel(currency) })}
      registration={registration}
      error={error}
      inputMode="numeric"
      autoComplete="off"
    />
  );
}

type OperationStepsProps<Input extends { amount: number }> = {
  kind: OperationKind;
  account: Account;
  /** The state of the two steps (from {@link useOperationSteps}). */
  steps: { review: Review<Input> | null; backToForm: () => void };
  onClose: () => void;
  /** Step 1: the fields, checked on submit, which opens the review. */
  fields: ReactNode;
  onReview: FormEventHandler<HTMLFormElement>;
  inlineFields: readonly string[];
  /** Step 2: what the review shows after the operation, the account, its holder and the amount. */
  details: (data: Input) => Detail[];
  onConfirm: () => void;
  mutation: { isPending: boolean; error: unknown };
};

export function OperationSteps<Input extends { amount: number }>({
  kind,
  account,
  steps,
  onClose,
  fields,
  onReview,
  inlineFields,
  details,
  onConfirm,
  mutation,
}: OperationStepsProps<Input>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = t(`operations.${kind}Title`, { number: account.number });
  if (steps.review) {
    const { data } = steps.review;
    return (
      <ConfirmDialog
        title={title}
        message={t('operations.reviewMessage')}
        confirmLabel={t('operations.confirm')}
        cancelLabel={t('operations.back')}
        variant="primary"
        isPending={mutation.isPending}
        error={mutation.error}
        onConfirm={onConfirm}
        onCancel={steps.backToForm}
      >
        <div className="mt-3">
          <DetailsList
            details={[
              { label: t('operations.operation'), value: t(`operations.kinds.${kind}`) },
              { label: t('accounts.number'), value: account.number },
              { label: t('accounts.client'), value: account.clientName },
              {
                label: t('operations.amount'),
                value: <strong>{formatMoney(data.amount, account.currency, locale)}</strong>,
              },
              ...details(data),
            ]}
          />
        </div>
      </ConfirmDialog>
    );
  }
  return (
    <FormDialog
      title={title}
      submitLabel={t('operations.review')}
      onClose={onClose}
      onSubmit={onReview}
      isPending={false}
      error={mutation.error}
      inlineFields={inlineFields}
    >
      {fields}
    </FormDialog>
  );
}
