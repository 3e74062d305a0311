import type { ReactNode } from 'react';
import Badge from 'react-bootstrap/Badge';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { paths } from '@/config/paths';
import { useCategories, type Category } from '@/features/deposits/api/get-categories';
import {
  TRANSACTION_FILTERS,
  transactionFilters,
  useTransactions,
  type GetTransactionsQuery,
  type Movement,
  type TransactionPage,
} from '@/features/deposits/api/get-transactions';
import { CategoryAction } from '@/features/deposits/components/category-action';
import { ReverseTransactionAction } from '@/features/deposits/components/reverse-transaction-dialog';
import {
  TransactionFiltersForm,
  type TransactionFilterOptions,
} from '@/features/deposits/components/transaction-filters-form';
import { useCurrentUser, useInstitutionCurrency } from '@/lib/auth';
import { formatDate, formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useSearchParamsFilters } from '@/lib/use-list-filters';

export const TRANSACTIONS_PAGE_SIZE = 20;

/** The number of movements the filters select, and their credits and debits (over every page). */
function TransactionTotals({ data }: { data: TransactionPage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const totals = [
    [t('transactions.count'), formatInteger(data.totalCount, locale)],
    [t('transactions.credits'), formatMoney(data.totals.credits, currency, locale)],
    [t('transactions.debits'), formatMoney(data.totals.debits, currency, locale)],
  ];
  return (
    <Row className="g-2 mb-3" role="group" aria-label={t('transactions.totals')}>
      {/* On a phone the count takes a line, the two amounts (the longest) share the next. */}
      {totals.map(([label, value], index) => (
        <Col key={label} xs={index === 0 ? 12 : 6} sm={4} lg={3}>
          <dl className="card h-100 p-2 mb-0">
            <dt className="small fw-normal text-body-secondary">{label}</dt>
            <dd className="fw-semibold mb-0 text-break">{value}</dd>
          </dl>
        </Col>
      ))}
    </Row>
  );
}

/** Where a movement took place: its account's page, or its loan's (a repayment, a cash disbursement). */
function MovementPlace({ item }: { item: Movement }) {
  if (item.accountId)
    return (
      <Link to={paths.account.getHref(item.accountId)} className="text-nowrap">
        {item.accountNumber}
      </Link>
    );
  if (item.loanId)
    return (
      <Link to={paths.loan.getHref(item.loanId)} className="text-nowrap">
        {item.loanNumber}
      </Link>
    );
  return <>—</>;
}

/** A page of movements: a table from 768 px, a card each on a phone. */
function TransactionRows({
  items,
  agents,
  categories,
}: {
  items: readonly Movement[];
  agents: TransactionFilterOptions['agents'];
  categories?: readonly Category[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  /** Who recorded a movement, when a list the user may read names them (the user themself always). */
  const agentName = (id: string | null | undefined) =>
    !id ? undefined : id === user.id ? user.displayName : agents?.find((agent) => agent.id === id)?.name;

  const columns: StackedColumn<Movement>[] = [
    {
      header: t('transactions.valueDate'),
      cell: (item) => <span className="text-nowrap">{formatDate(item.valueDate, locale)}</span>,
    },
    { header: t('transactions.accountOrLoan'), cell: (item) => <MovementPlace item={item} /> },
    {
      header: t('transactions.client'),
      cell: (item) => <Link to={paths.client.getHref(item.clientId)}>{item.clientName}</Link>,
    },
    {
      header: t('transactions.operation'),
      cell: (item) => (
        <>
          {t(`transactionTypes.${item.type}`)}
          {item.reversedAt && (
            <>
              {' '}
              <Badge bg="warning" text="dark">
                {t('transactions.reversedBadge')}
              </Badge>
            </>
          )}
        </>
      ),
    },
    { header: t('transactions.channel'), cell: (item) => (item.channel ? t(`channels.${item.channel}`) : '—') },
    {
      header: t('transactions.amount'),
      numeric: true,
      cell: (item) => (
        <span className={`text-nowrap ${item.isCredit ? 'text-success' : 'text-danger'}`}>
          {item.isCredit ? '+' : '−'}
          {formatMoney(item.amount, item.currency, locale)}
        </span>
      ),
    },
    { header: t('categories.category'), cell: (item) => item.categoryName ?? '—' },
    { header: t('transactions.agent'), cell: (item) => agentName(item.createdBy) ?? '—' },
  ];

  return (
    <StackedTable
      items={items}
      columns={columns}
      rowKey={(item) => item.id}
      emptyMessage={t('transactions.empty')}
      // Only an account's movement is tagged, reversed here or printed as a receipt; a repayment is reversed on its loan.
      actions={(item) =>
        item.source === 'AccountTransaction' && (
          <div className="d-flex flex-wrap gap-2 justify-content-end align-items-baseline">
            <CategoryAction transaction={item} categories={categories} />
            <ReverseTransactionAction transaction={item} size="sm" />
            <Link
              to={paths.receipt.getHref(item.id)}
              aria-label={t('transactions.receiptOf', {
                date: formatDate(item.valueDate, locale),
                number: item.accountNumber,
              })}
            >
              {t('transactions.receipt')}
            </Link>
          </div>
        )
      }
    />
  );
}

/**
 * The transaction explorer: every movement of the institution — its accounts' movements, loan repayments, opening fees,
 * loans disbursed in cash — each linked to its client and its account or loan, by period of value dates, operation,
 * channel, amount, branch, agent, reversal and category, in the order chosen, with the totals of what the filters
 * select, and — from `exportButtons`, given by the route — the same selection as a file. The
 * filters and the page are in the address (`/transactions?type=Deposit&minAmount=10000&page=2`), so a reload or a
 * shared link shows the same list; only the filters chosen, and valid, are sent.
 */
export function TransactionExplorer({
  options,
  exportButtons,
}: {
  options: TransactionFilterOptions;
  exportButtons?: (query: GetTransactionsQuery) => ReactNode;
}) {
  const { filters, page, setPage, filterBy } = useSearchParamsFilters(TRANSACTION_FILTERS);
  const query = transactionFilters(filters);
  const transactions = useTransactions({ ...query, page, pageSize: TRANSACTIONS_PAGE_SIZE });
  const categories = useCategories().data;
  // A new address (filters applied, the back button) or a list that arrives starts the form again from the address.
  const formKey = JSON.stringify([filters, !!options.branches, !!options.agents, !!categories]);

  return (
    <>
      <TransactionFiltersForm key={formKey} applied={filters} options={{ ...options, categories }} onApply={filterBy} />
      {exportButtons?.(query)}
      <QueryView query={transactions}>
        {(data) => (
          <>
            <TransactionTotals data={data} />
            <TransactionRows items={data.items} agents={options.agents} categories={categories} />
            <PaginationBar
              page={page}
              pageSize={TRANSACTIONS_PAGE_SIZE}
              totalCount={data.totalCount}
              onPageChange={setPage}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
