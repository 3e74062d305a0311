import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { PrintButton } from '@/components/ui/print-button';
import { QueryView } from '@/components/ui/query-view';
import { paths } from '@/config/paths';
import { useAccount } from '@/features/deposits/api/get-account';
import { useTransaction, type Transaction } from '@/features/deposits/api/get-transaction';
import { ReverseTransactionAction } from '@/features/deposits/components/reverse-transaction-dialog';
import { useCurrentUser } from '@/lib/auth';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

function TransactionReceipt({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  // The branch is the account's: the receipt names where the client banks.
  const account = useAccount(transaction.accountId);
  const money = (amount: number) => formatMoney(amount, transaction.currency, locale);

  return (
    <>
      <Card className="mb-3">
        <Card.Body>
          <div className="text-center mb-3">
            <p className="fw-bold fs-5 mb-0">{user.institutionName}</p>
            <p className="text-body-secondary mb-2">{account.data?.branchName}</p>
            <h1 className="h4 mb-0">{t(`receipts.titles.${transaction.type}`)}</h1>
          </div>
          <DetailsList
            details={[
              { label: t('receipts.journalEntry'), value: `N° ${transaction.journalEntryNumber}` },
              { label: t('receipts.date'), value: formatDateTime(transaction.createdAt, locale) },
              { label: t('receipts.valueDate'), value: formatDate(transaction.valueDate, locale) },
              { label: t('accounts.client'), value: transaction.clientName },
              { label: t('accounts.number'), value: transaction.accountNumber },
              { label: t('operations.channel'), value: transaction.channel && t(`channels.${transaction.channel}`) },
              { label: t('operations.reference'), value: transaction.reference },
              { label: t('operations.amount'), value: <strong className="fs-5">{money(transaction.amount)}</strong> },
              { label: t('receipts.balanceAfter'), value: money(transaction.balanceAfter) },
            ]}
          />
          {transaction.reversedAt && (
            <p className="text-danger mt-3 mb-0">
              {t('receipts.reversed', { date: formatDateTime(transaction.reversedAt, locale) })}{' '}
              {transaction.reversalReason}
            </p>
          )}
        </Card.Body>
      </Card>
      <div className="d-flex flex-wrap gap-2 d-print-none">
        <PrintButton />
        <ReverseTransactionAction transaction={transaction} />
        <Link to={paths.account.getHref(transaction.accountId)} className="btn btn-outline-secondary">
          {t('receipts.backToAccount')}
        </Link>
      </div>
    </>
  );
}

/** The receipt of a movement, as printed for the client. */
export function Receipt({ transactionId }: { transactionId: string }) {
  return (
    <QueryView query={useTransaction(transactionId)}>
      {(transaction) => <TransactionReceipt transaction={transaction} />}
    </QueryView>
  );
}
