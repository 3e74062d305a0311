import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { BankReconciliation } from '@/features/accounting/components/bank-reconciliation';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function BankReconciliationRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.accounting} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('bankReconciliation.title')} />
      <BankReconciliation />
    </Authorization>
  );
}
