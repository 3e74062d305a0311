import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useTransactions } from '@/features/deposits/api/get-transactions';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 10;

/**
 * A client's latest movements — on all their accounts, and their loans' repayments and cash disbursements — newest
 * first, an account's movement with its receipt.
 */
export function RecentTransactions({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const transactions = useTransactions({ clientId, page, pageSize: PAGE_SIZE });

  return (
    <Section title={t('operations.recent')}>
      <PagedTable
        query={transactions}
        size="sm"
        className="align-middle"
        columnCount={6}
        headers={
          <>
            <th>{t('receipts.date')}</th>
            <th>{t('accounts.number')}</th>
            <th>{t('statement.operation')}</th>
            <th className="text-end">{t('operations.amount')}</th>
            <th className="text-end">{t('receipts.balanceAfter')}</th>
            <th className="d-print-none">
              <span className="visually-hidden">{t('receipts.title')}</span>
            </th>
          </>
        }
        renderRow={(transaction) => (
          <tr key={transaction.id}>
            <td className="text-nowrap">{formatDateTime(transaction.createdAt, locale)}</td>
            <td className="text-nowrap">{transaction.accountNumber ?? transaction.loanNumber}</td>
            <td>{t(`transactionTypes.${transaction.type}`)}</td>
            <td className={`text-end text-nowrap ${transaction.isCredit ? 'text-success' : 'text-danger'}`}>
              {transaction.isCredit ? '+' : '−'}
              {formatMoney(transaction.amount, transaction.currency, locale)}
            </td>
            <td className="text-end text-nowrap">
              {transaction.balanceAfter == null ? '—' : formatMoney(transaction.balanceAfter, transaction.currency, locale)}
            </td>
            <td className="d-print-none">
              {transaction.source === 'AccountTransaction' && (
                <Link to={paths.receipt.getHref(transaction.id)}>{t('receipts.title')}</Link>
              )}
            </td>
          </tr>
        )}
        emptyMessage={t('operations.noneYet')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </Section>
  );
}
