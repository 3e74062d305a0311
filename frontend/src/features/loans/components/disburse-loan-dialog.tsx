import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '@/components/ui/form-fields';
import { useReviewSteps } from '@/components/ui/review-steps';
import { EnumOptions, NamedOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import {
  DISBURSEMENT_MODES,
  disburseLoanInputSchema,
  useDisburseLoan,
  type DisburseLoanFormValues,
  type DisburseLoanInput,
} from '@/features/loans/api/disburse-loan';
import { useDisbursementAccounts } from '@/features/loans/api/get-disbursement-accounts';
import type { Loan } from '@/features/loans/api/get-loans';
import { LoanOperationSteps } from '@/features/loans/components/loan-operation-steps';
import { formatDate, formatMoney, localToday } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['mode', 'accountId', 'date'] as const;

/**
 * Pays an approved loan out, in cash or to one of the client's active accounts: the form, then a review to confirm
 * (its idempotency key made when the review opens); once paid out the dialog closes on the loan's page, now active
 * with its schedule.
 */
export function DisburseLoanDialog({ loan, onClose }: { loan: Loan; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const disburse = useDisburseLoan();
  const accounts = useDisbursementAccounts(loan.clientId);
  const { register, handleSubmit, setError, formState, control } = useForm({
    resolver: zodResolver(disburseLoanInputSchema),
    defaultValues: { mode: DISBURSEMENT_MODES[0], accountId: '', date: localToday() },
  });
  const steps = useReviewSteps<DisburseLoanInput, DisburseLoanFormValues>({
    mutation: disburse,
    setError,
    fields: FIELDS,
    onClose,
  });
  const mode = useWatch({ control, name: 'mode' });
  const accountOptions = (accounts.data?.items ?? []).map((account) => ({
    id: account.id,
    name: `${account.number} — ${account.productName}`,
  }));

  const confirm = () =>
    steps.send(
      (review) => disburse.mutateAsync({ id: loan.id, ...review }),
      () => steps.showResult(paths.loan.getHref(loan.id)),
    );

  return (
    <LoanOperationSteps
      loan={loan}
      title={t('loans.disburseTitle', { number: loan.number })}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={FIELDS}
      details={(data) => [
        { label: t('loans.principal'), value: <strong>{formatMoney(loan.principal, loan.currency, locale)}</strong> },
        { label: t('loans.disbursementMode'), value: t(`disbursementModes.${data.mode}`) },
        ...(data.accountId
          ? [{ label: t('loans.account'), value: accountOptions.find((a) => a.id === data.accountId)?.name }]
          : []),
        { label: t('loans.disbursementDate'), value: formatDate(data.date, locale) },
      ]}
      onConfirm={confirm}
      mutation={disburse}
      fields={
        <>
          <p>
            {t('loans.disburseMessage', {
              amount: formatMoney(loan.principal, loan.currency, locale),
              name: loan.clientName,
            })}
          </p>
          <SelectField
            label={t('loans.disbursementMode')}
            registration={register('mode')}
            error={formState.errors.mode}
          >
            <EnumOptions values={DISBURSEMENT_MODES} labelKey="disbursementModes" />
          </SelectField>
          {mode === 'ToSavingsAccount' && (
            <SelectField
              label={t('loans.account')}
              registration={register('accountId')}
              error={formState.errors.accountId}
            >
              <NamedOptions
                items={accountOptions}
                emptyLabel={
                  accounts.isSuccess && accountOptions.length === 0 ? t('loans.noAccount') : t('common.choose')
                }
              />
            </SelectField>
          )}
          <TextField
            type="date"
            label={t('loans.disbursementDate')}
            registration={register('date')}
            error={formState.errors.date}
          />
        </>
      }
    />
  );
}
