import { useTranslation } from 'react-i18next';

import { DetailsList } from '@/components/ui/details-list';
import type { Simulation } from '@/features/loans/api/simulate-loan';
import { formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** What a loan costs: its first installment, its interest and fees in all, and its APR (TEG, fees included). */
export function SimulationSummary({ simulation, currency }: { simulation: Simulation; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const [first] = simulation.installments;
  return (
    <DetailsList
      details={[
        { label: t('simulation.firstInstallment'), value: first && money(first.total) },
        { label: t('simulation.totalInterest'), value: money(simulation.totalInterest) },
        { label: t('simulation.totalFees'), value: money(simulation.totalFees) },
        {
          label: t('simulation.totalCost'),
          value: money(simulation.totalInterest + simulation.totalFees),
        },
        {
          label: t('simulation.totalToRepay'),
          value: money(simulation.totalPrincipal + simulation.totalInterest + simulation.totalFees),
        },
        { label: t('simulation.apr'), value: <strong>{formatPercent(simulation.aprPercent, locale)}</strong> },
      ]}
    />
  );
}
