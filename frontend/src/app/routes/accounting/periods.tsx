import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { AccountingPeriods } from '@/features/accounting/components/accounting-periods';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function AccountingPeriodsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.accounting} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('accountingPeriods.title')} />
      <p className="text-body-secondary">{t('accountingPeriods.intro')}</p>
      <AccountingPeriods />
    </Authorization>
  );
}
