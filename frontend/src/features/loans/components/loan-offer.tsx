import { useTranslation } from 'react-i18next';

import { DetailsList } from '@/components/ui/details-list';
import { PrintButton } from '@/components/ui/print-button';
import type { LoanProduct } from '@/features/loans/api/get-loan-products';
import type { Simulation, SimulateLoanInput } from '@/features/loans/api/simulate-loan';
import { BalanceChart } from '@/features/loans/components/balance-chart';
import { ScheduleTable } from '@/features/loans/components/schedule-table';
import { SimulationSummary } from '@/features/loans/components/simulation-summary';
import { useCurrentUser } from '@/lib/auth';
import { formatDate, formatDateTime, formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type LoanOfferProps = {
  input: SimulateLoanInput;
  product?: LoanProduct;
  simulation: Simulation;
  currency: string;
};

/**
 * The loan offer (offre de prêt) as it prints: the institution, the terms, what the loan costs (APR included) and the
 * schedule. The chart of the principal left shows on screen only.
 */
export function LoanOffer({ input, product, simulation, currency }: LoanOfferProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  return (
    <article aria-labelledby="loan-offer-title">
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
        <div>
          <p className="fw-bold fs-5 mb-0">{user.institutionName}</p>
          <h2 id="loan-offer-title" className="h4 mb-0">
            {t('simulation.offerTitle')}
          </h2>
        </div>
        <PrintButton />
      </div>
      <DetailsList
        details={[
          ...(product ? [{ label: t('simulation.product'), value: `${product.name} (${product.code})` }] : []),
          { label: t('simulation.principal'), value: formatMoney(input.principal, currency, locale) },
          { label: t('loans.rate'), value: formatPercent(input.annualInterestRatePercent, locale) },
          {
            label: t('loans.numberOfInstallments'),
            value: t('loans.terms.installments', {
              count: input.numberOfInstallments,
              frequency: t(`frequencies.${input.frequency}`),
            }),
          },
          { label: t('loanProducts.interestMethod'), value: t(`interestMethods.${input.interestMethod}`) },
          { label: t('loanProducts.amortization'), value: t(`amortizations.${input.amortization}`) },
          { label: t('loans.gracePeriods'), value: String(input.gracePeriods ?? 0) },
          { label: t('loanProducts.processingFee'), value: formatPercent(input.processingFeePercent ?? 0, locale) },
          { label: t('simulation.disbursementDate'), value: formatDate(input.disbursementDate, locale) },
        ]}
      />
      <hr />
      <SimulationSummary simulation={simulation} currency={currency} />
      <div className="d-print-none mt-3">
        <BalanceChart simulation={simulation} disbursementDate={input.disbursementDate} currency={currency} />
      </div>
      <ScheduleTable simulation={simulation} currency={currency} />
      <p className="small text-body-secondary mb-0">
        {t('simulation.offerNote', {
          date: formatDateTime(new Date().toISOString(), locale),
          user: user.displayName,
        })}
      </p>
    </article>
  );
}
