import { useTranslation } from 'react-i18next';

import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import type { Loan } from '@/features/loans/api/get-loans';
import { useSimulation } from '@/features/loans/api/simulate-loan';
import { ScheduleTable } from '@/features/loans/components/schedule-table';
import { SimulationSummary } from '@/features/loans/components/simulation-summary';
import { localToday } from '@/lib/format';

/** Before the disbursement fixes it: the schedule the application's terms would give if it were disbursed today. */
export function ProjectedSchedule({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const simulation = useSimulation({
    principal: loan.principal,
    annualInterestRatePercent: loan.annualInterestRatePercent,
    numberOfInstallments: loan.numberOfInstallments,
    frequency: loan.frequency,
    interestMethod: loan.interestMethod,
    amortization: loan.amortization,
    gracePeriods: loan.gracePeriods,
    processingFeePercent: loan.processingFeePercent,
    disbursementDate: localToday(),
  });
  return (
    <Section title={t('schedule.projected')}>
      <p className="small text-body-secondary">{t('schedule.projectedHint')}</p>
      <QueryView query={simulation}>
        {(data) => (
          <>
            <SimulationSummary simulation={data} currency={loan.currency} />
            <ScheduleTable simulation={data} currency={loan.currency} size="sm" />
          </>
        )}
      </QueryView>
    </Section>
  );
}
