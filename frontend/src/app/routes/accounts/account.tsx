import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import { useAccount } from '@/features/deposits/api/get-account';
import { AccountActions } from '@/features/deposits/components/account-actions';
import { AccountSummary } from '@/features/deposits/components/account-summary';
import { PendingWithdrawals } from '@/features/deposits/components/pending-withdrawals';
import { Statement } from '@/features/deposits/components/statement';
import { Authorization, POLICIES } from '@/lib/authorization';

/** The balance and lifecycle of the account, what may be done with it, what waits on it and its statement. */
function AccountPage({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  return (
    <QueryView query={useAccount(accountId)}>
      {(account) => (
        <>
          <PageHeader
            title={t('accounts.titleOf', { number: account.number })}
            actions={<AccountActions account={account} />}
          />
          <AccountSummary account={account} />
          {account.status === 'Active' && <PendingWithdrawals accountId={account.id} />}
          <Statement account={account} />
        </>
      )}
    </QueryView>
  );
}

export default function AccountRoute() {
  const { accountId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <AccountPage accountId={accountId} />
    </Authorization>
  );
}
