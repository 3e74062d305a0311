import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { TrialBalance } from '@/features/accounting/components/trial-balance';
import { VerifyLedgerPanel } from '@/features/accounting/components/verify-ledger-panel';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function TrialBalanceRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.accounting} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('trialBalance.title')} />
      <VerifyLedgerPanel />
      <TrialBalance />
    </Authorization>
  );
}
