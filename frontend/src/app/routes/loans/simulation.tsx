import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { LoanSimulator } from '@/features/loans/components/loan-simulator';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function LoanSimulationRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.loans} forbiddenFallback={<Forbidden />}>
      <div className="d-print-none">
        <PageHeader title={t('simulation.title')} />
      </div>
      <LoanSimulator />
    </Authorization>
  );
}
