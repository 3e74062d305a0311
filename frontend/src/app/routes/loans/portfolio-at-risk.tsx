import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { EndOfDayButton } from '@/features/loans/components/end-of-day-button';
import { PortfolioAtRiskReport } from '@/features/loans/components/portfolio-at-risk-report';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function PortfolioAtRiskRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.portfolioAtRisk} forbiddenFallback={<Forbidden />}>
      <PageHeader
        title={t('par.title')}
        actions={
          <Authorization allowed={POLICIES.endOfDay}>
            <EndOfDayButton />
          </Authorization>
        }
      />
      <PortfolioAtRiskReport />
    </Authorization>
  );
}
