import { zodResolver } from '@hookform/resolvers/zod';
import Spinner from 'react-bootstrap/Spinner';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { DetailsList } from '@/components/ui/details-list';
import { ErrorAlert } from '@/components/ui/error-alert';
import { AmountField, SelectField, TextField } from '@/components/ui/form-fields';
import { useReviewSteps } from '@/components/ui/review-steps';
import { EnumOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import type { Loan } from '@/features/loans/api/get-loans';
import { useRepaymentPreview } from '@/features/loans/api/get-repayment-preview';
import {
  CHANNELS,
  repayLoanInputSchema,
  useRepayLoan,
  type RepayLoanFormValues,
  type RepayLoanInput,
} from '@/features/loans/api/repay-loan';
import { useSplitDetails } from '@/features/loans/components/allocation-details';
import { LoanOperationSteps } from '@/features/loans/components/loan-operation-steps';
import { formatDate, formatMoney, localToday } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { positiveMoneySchema } from '@/lib/validation';

const FIELDS = ['amount', 'date', 'channel', 'reference'] as const;

/** The split the amount being typed would get, asked for once the typing pauses. */
function SplitPreview({
  loan,
  control,
}: {
  loan: Loan;
  control: Control<RepayLoanFormValues, unknown, RepayLoanInput>;
}) {
  const { t } = useTranslation();
  const typed = useWatch({ control, name: 'amount' });
  const parsed = positiveMoneySchema(loan.currency).safeParse(typed);
  const amount = useDebouncedValue(parsed.success ? parsed.data : null);
  const preview = useRepaymentPreview(loan.id, amount);
  const splitDetails = useSplitDetails(loan.currency);

  if (amount === null) return null;
  return (
    <section aria-label={t('loans.splitPreview')} className="border rounded p-2 mb-3 bg-body-tertiary">
      <h3 className="h6">{t('loans.splitPreview')}</h3>
      {preview.isPending && (
        <Spinner size="sm" role="status">
          <span className="visually-hidden">{t('common.loading')}</span>
        </Spinner>
      )}
      <ErrorAlert error={preview.error} className="mb-0" />
      {preview.data && !preview.isError && (
        // Faded while the split of the amount last typed is on its way.
        <div className={preview.isPlaceholderData ? 'opacity-50' : undefined}>
          <DetailsList details={splitDetails(preview.data)} />
        </div>
      )}
    </section>
  );
}

/**
 * A repayment: the amount (with the split it would get, previewed as it is typed), the day and the channel; then a
 * review with that split to confirm — its idempotency key made when the review opens — and the receipt.
 */
export function RepaymentDialog({ loan, onClose }: { loan: Loan; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const repay = useRepayLoan();
  const { register, handleSubmit, setError, formState, control } = useForm({
    resolver: zodResolver(repayLoanInputSchema(loan.currency)),
    defaultValues: { amount: '', date: localToday(), channel: CHANNELS[0], reference: '' },
  });
  const steps = useReviewSteps<RepayLoanInput, RepayLoanFormValues>({
    mutation: repay,
    setError,
    fields: FIELDS,
    onClose,
  });
  // The split of the amount under review (usually already asked for while it was typed).
  const reviewed = useRepaymentPreview(loan.id, steps.review?.data.amount ?? null);
  const splitDetails = useSplitDetails(loan.currency);
  const money = (amount: number) => formatMoney(amount, loan.currency, locale);

  const confirm = () =>
    steps.send(
      (review) => repay.mutateAsync({ loanId: loan.id, ...review }),
      (repayment) => steps.showResult(paths.repaymentReceipt.getHref(loan.id, repayment.id)),
    );

  return (
    <LoanOperationSteps
      loan={loan}
      title={t('loans.repayTitle', { number: loan.number })}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={FIELDS}
      details={(data) => [
        { label: t('operations.amount'), value: <strong>{money(data.amount)}</strong> },
        { label: t('loans.repaymentDate'), value: formatDate(data.date, locale) },
        { label: t('operations.channel'), value: t(`channels.${data.channel}`) },
        { label: t('operations.reference'), value: data.reference },
        ...(reviewed.data && !reviewed.isPlaceholderData ? splitDetails(reviewed.data) : []),
      ]}
      onConfirm={confirm}
      mutation={repay}
      fields={
        <>
          <p className="mb-2">
            {t('loans.repayMessage', { outstanding: money(loan.outstanding), name: loan.clientName })}
            {loan.nextDueDate && loan.nextDueAmount !== null && loan.nextDueAmount !== undefined && (
              <>
                {' '}
                {t('loans.nextDueMessage', {
                  date: formatDate(loan.nextDueDate, locale),
                  amount: money(loan.nextDueAmount),
                })}
              </>
            )}
          </p>
          <AmountField currency={loan.currency} registration={register('amount')} error={formState.errors.amount} />
          <SplitPreview loan={loan} control={control} />
          <TextField
            type="date"
            label={t('loans.repaymentDate')}
            registration={register('date')}
            error={formState.errors.date}
          />
          <SelectField
            label={t('operations.channel')}
            registration={register('channel')}
            error={formState.errors.channel}
          >
            <EnumOptions values={CHANNELS} labelKey="channels" />
          </SelectField>
          <TextField
            label={t('operations.reference')}
            registration={register('reference')}
            error={formState.errors.reference}
          />
        </>
      }
    />
  );
}
