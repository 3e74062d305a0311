import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { AccountRequests } from '@/features/deposits/components/account-requests';
import { PendingWithdrawals } from '@/features/deposits/components/pending-withdrawals';
import { PendingTontineWithdrawals } from '@/features/tontines/components/pending-tontine-withdrawals';
import { DrawersToValidate } from '@/features/treasury/components/drawers-to-validate';
import { useInstitutionCurrency } from '@/lib/auth';
import { Authorization, POLICIES } from '@/lib/authorization';

function TontineWithdrawals() {
  return <PendingTontineWithdrawals currency={useInstitutionCurrency()} />;
}

function CashDrawers() {
  return <DrawersToValidate currency={useInstitutionCurrency()} />;
}

/** The supervisor's inbox: what the front office asked for and waits on a second pair of eyes. */
export default function ApprovalsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.approvals} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('approvals.title')} />
      <PendingWithdrawals />
      <TontineWithdrawals />
      <CashDrawers />
      <AccountRequests />
    </Authorization>
  );
}
