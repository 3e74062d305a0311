import { useTranslation } from 'react-i18next';

import { ClientRecordsTable, type ClientRecordsTableProps } from '@/components/ui/client-records-table';
import { paths } from '@/config/paths';
import type { Account } from '@/features/deposits/api/get-accounts';
import { AccountStatusBadge } from '@/features/deposits/components/account-status-badge';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

export function AccountsTable(props: ClientRecordsTableProps<Account>) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ClientRecordsTable
      numberHeader={t('accounts.number')}
      href={(account) => paths.account.getHref(account.id)}
      columnCount={3}
      headers={
        <>
          <th>{t('accounts.product')}</th>
          <th>{t('common.status')}</th>
          <th className="text-end">{t('accounts.balance')}</th>
        </>
      }
      cells={(account) => (
        <>
          <td>{account.productName}</td>
          <td>
            <AccountStatusBadge status={account.status} />
          </td>
          <td className="text-end text-nowrap">{formatMoney(account.balance, account.currency, locale)}</td>
        </>
      )}
      {...props}
    />
  );
}
