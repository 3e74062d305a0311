import Spinner from 'react-bootstrap/Spinner';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { loanTermsSchema } from '@/features/loans/api/review-loan-application';
import { useSimulation, type SimulateLoanInput } from '@/features/loans/api/simulate-loan';
import type { LoanTermsFormValues } from '@/features/loans/components/loan-terms-fields';
import { ScheduleTable } from '@/features/loans/components/schedule-table';
import { SimulationSummary } from '@/features/loans/components/simulation-summary';
import { localToday } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';

/** What the terms typed are simulated with: the product's (or the loan's) frequency, method and fee. */
type TermsBasis = Pick<SimulateLoanInput, 'frequency' | 'interestMethod' | 'amortization' | 'processingFeePercent'>;

/** The simulation of the terms being typed, as JSON (a string settles; an object made on each render would not). */
function useTypedTerms(basis: TermsBasis, currency: string) {
  const values = useWatch<LoanTermsFormValues>();
  const terms = loanTermsSchema(currency).safeParse(values);
  if (!terms.success) return null;
  const { frequency, interestMethod, amortization, processingFeePercent } = basis;
  const input: SimulateLoanInput = {
    principal: terms.data.amount,
    annualInterestRatePercent: terms.data.annualInterestRatePercent,
    numberOfInstallments: terms.data.numberOfInstallments,
    gracePeriods: terms.data.gracePeriods,
    frequency,
    interestMethod,
    amortization,
    processingFeePercent,
    disbursementDate: localToday(),
  };
  return JSON.stringify(input);
}

type TermsPreviewProps = { basis: TermsBasis; currency: string };

/**
 * Under a form's `FormProvider`: the schedule and APR of the terms typed, disbursed today, asked for once the typing
 * pauses (the API simulates; nothing is written).
 */
export function TermsPreview({ basis, currency }: TermsPreviewProps) {
  const { t } = useTranslation();
  const typed = useDebouncedValue(useTypedTerms(basis, currency));
  const simulation = useSimulation(typed ? (JSON.parse(typed) as SimulateLoanInput) : null);

  return (
    <section aria-label={t('simulation.preview')} className="border rounded p-2 bg-body-tertiary">
      <h3 className="h6">{t('simulation.preview')}</h3>
      {!typed && <p className="small text-body-secondary mb-0">{t('simulation.previewHint')}</p>}
      {typed && simulation.isFetching && !simulation.data && (
        <Spinner size="sm" role="status">
          <span className="visually-hidden">{t('common.loading')}</span>
        </Spinner>
      )}
      {typed && <ErrorAlert error={simulation.error} className="mb-0" />}
      {typed && simulation.data && (
        <>
          <SimulationSummary simulation={simulation.data} currency={currency} />
          <ScheduleTable simulation={simulation.data} currency={currency} size="sm" />
        </>
      )}
    </section>
  );
}
