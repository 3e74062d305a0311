import { useState } from 'react';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { AsOfFilter } from '@/components/ui/filters-form';
import { PageSpinner } from '@/components/ui/page-spinner';
import { useTrialBalance } from '@/features/accounting/api/get-trial-balance';
import { DEFAULT_CURRENCY, formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** Each GL account's debits, credits and balance as of a day; the totals, and their difference (zero when sound). */
export function TrialBalance() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [asOf, setAsOf] = useState<string | undefined>();
  const trialBalance = useTrialBalance({ asOf });
  const money = (amount: number) => formatMoney(amount, DEFAULT_CURRENCY, locale);

  return (
    <>
      <AsOfFilter label={t('trialBalance.filters')} fieldLabel={t('trialBalance.asOf')} onChange={setAsOf} />

      {trialBalance.isPending && <PageSpinner />}
      <ErrorAlert error={trialBalance.error} onRetry={() => void trialBalance.refetch()} />
      {trialBalance.data && (
        <Table responsive size="sm" className="align-middle">
          <caption className="caption-top">
            {t('trialBalance.caption', { date: formatDate(trialBalance.data.asOf, locale) })}
          </caption>
          <thead>
            <tr>
              <th>{t('glAccounts.code')}</th>
              <th>{t('glAccounts.name')}</th>
              <th className="text-end">{t('statement.debit')}</th>
              <th className="text-end">{t('statement.credit')}</th>
              <th className="text-end">{t('statement.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {trialBalance.data.lines.map((line) => (
              <tr key={line.glAccountId}>
                <td>{line.code}</td>
                <td>{line.name}</td>
                <td className="text-end text-nowrap">{money(line.debit)}</td>
                <td className="text-end text-nowrap">{money(line.credit)}</td>
                <td className="text-end text-nowrap">{money(line.balance)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="fw-bold">
            <tr>
              <th colSpan={2}>{t('trialBalance.totals')}</th>
              <td className="text-end text-nowrap">{money(trialBalance.data.totalDebit)}</td>
              <td className="text-end text-nowrap">{money(trialBalance.data.totalCredit)}</td>
              <td />
            </tr>
            <tr className={trialBalance.data.difference === 0 ? 'table-success' : 'table-danger'}>
              <th colSpan={2}>{t('trialBalance.difference')}</th>
              <td colSpan={3} className="text-end text-nowrap">
                {money(trialBalance.data.difference)}
              </td>
            </tr>
          </tfoot>
        </Table>
      )}
    </>
  );
}
