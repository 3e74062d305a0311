import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import type { Account } from '@/features/accounts/api/get-accounts';
import { AccountStatusBadge } from '@/features/accounts/components/account-status-badge';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type AccountsTableProps = {
  query: UseQueryResult<{ items: readonly Account[]; totalCount: number }>;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  emptyMessage: string;
  /** Name the holder (not on the client's own page). */
  showClient?: boolean;
  /** What may be done with each account, in a last column. */
  actions?: (account: Account) => ReactNode;
};

export function AccountsTable({ query, showClient = false, actions, ...pagination }: AccountsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <PagedTable
      query={query}
      hover
      className="align-middle"
      columnCount={4 + (showClient ? 1 : 0) + (actions ? 1 : 0)}
      headers={
        <>
          <th>{t('accounts.number')}</th>
          {showClient && <th>{t('accounts.client')}</th>}
          <th>{t('accounts.product')}</th>
          <th>{t('common.status')}</th>
          <th className="text-end">{t('accounts.balance')}</th>
          {actions && <th className="text-end d-print-none">{t('common.actions')}</th>}
        </>
      }
      renderRow={(account) => (
        <tr key={account.id}>
          <td className="text-nowrap">
            <Link to={paths.account.getHref(account.id)}>{account.number}</Link>
          </td>
          {showClient && (
            <td>
              <Link to={paths.client.getHref(account.clientId)}>{account.clientName}</Link>
            </td>
          )}
          <td>{account.productName}</td>
          <td>
            <AccountStatusBadge status={account.status} />
          </td>
          <td className="text-end text-nowrap">{formatMoney(account.balance, account.currency, locale)}</td>
          {actions && <td className="text-end text-nowrap d-print-none">{actions(account)}</td>}
        </tr>
      )}
      {...pagination}
    />
  );
}
