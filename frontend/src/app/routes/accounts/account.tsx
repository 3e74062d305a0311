import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ClientPaymentButton } from '@/app/routes/payments/client-payment-button';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import { useAccount } from '@/features/deposits/api/get-account';
import type { Account } from '@/features/deposits/api/get-accounts';
import { AccountActions } from '@/features/deposits/components/account-actions';
import { AccountSummary } from '@/features/deposits/components/account-summary';
import { PendingWithdrawals } from '@/features/deposits/components/pending-withdrawals';
import { Statement } from '@/features/deposits/components/statement';
import type { PaymentTarget } from '@/features/payments/api/create-payment';
import { Authorization, POLICIES } from '@/lib/authorization';

/** What may be paid to the account by mobile money: a deposit once it is active, its opening fee once approved. */
function paymentTarget(account: Account): PaymentTarget | null {
  const target = { id: account.id, number: account.number, clientName: account.clientName, currency: account.currency };
  if (account.status === 'Active') return { purpose: 'Deposit', ...target };
  if (account.status === 'Approved' && account.openingFee > 0) {
    return { purpose: 'AccountOpeningFee', fixedAmount: account.openingFee, ...target };
  }
  return null;
}

/** The balance and lifecycle of the account, what may be done with it, what waits on it and its statement. */
function AccountPage({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  return (
    <QueryView query={useAccount(accountId)}>
      {(account) => (
        <>
          <PageHeader
            title={t('accounts.titleOf', { number: account.number })}
            actions={
              <div className="d-flex flex-wrap gap-2">
                <AccountActions account={account} />
                <ClientPaymentButton clientId={account.clientId} target={paymentTarget(account)} />
              </div>
            }
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
