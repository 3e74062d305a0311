import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { PagedTable } from '@/components/ui/paged-table';
import { PdfDownloadButton } from '@/components/ui/pdf-download-button';
import { Section } from '@/components/ui/section';
import { downloadStatementPdf } from '@/features/deposits/api/download-statement-pdf';
import type { Account } from '@/features/deposits/api/get-accounts';
import { useStatement } from '@/features/deposits/api/get-statement';
import { ReverseTransactionAction } from '@/features/deposits/components/reverse-transaction-dialog';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { orderedPeriod, periodFields } from '@/lib/validation';

const PAGE_SIZE = 20;
const periodSchema = orderedPeriod(z.object(periodFields));
const ALL_TIME = { from: '', to: '' };

type Period = Partial<z.output<typeof periodSchema>>;

/**
 * The account's movements over a period, oldest first, each with the balance it left; opening and closing balances.
 * On a phone the channel and the reference give way to the amounts. A reversed movement says why; a supervisor may
 * reverse one from its row.
 */
export function Statement({ account }: { account: Account }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [period, setPeriod] = useState<Period>({});
  const [page, setPage] = useState(1);
  const statement = useStatement(account.id, { ...period, page, pageSize: PAGE_SIZE });
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(periodSchema),
    defaultValues: ALL_TIME,
  });
  const money = (amount: number) => formatMoney(amount, account.currency, locale);
  const showPeriod = (next: Period) => {
    setPeriod(next);
    setPage(1);
  };

  return (
    <Section title={t('statement.title')}>
      <FiltersForm
        label={t('statement.period')}
        onSubmit={handleSubmit(showPeriod)}
        onClear={() => {
          reset(ALL_TIME);
          showPeriod({});
        }}
      >
        <PeriodFields
          from={{ registration: register('from'), error: formState.errors.from }}
          to={{ registration: register('to'), error: formState.errors.to }}
        />
      </FiltersForm>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3 d-print-none">
        <PdfDownloadButton download={() => downloadStatementPdf(account.id, period)} />
        <span className="small text-body-secondary">{t('documents.statementPeriodHint')}</span>
      </div>

      {statement.data && (
        <p className="d-flex justify-content-between flex-wrap gap-2 mb-2">
          <span>{t('statement.openingBalance')}</span>
          <strong>{money(statement.data.openingBalance)}</strong>
        </p>
      )}
      <PagedTable
        query={statement}
        size="sm"
        className="align-middle"
        columnCount={7}
        headers={
          <>
            <th>{t('statement.valueDate')}</th>
            <th>{t('statement.operation')}</th>
            <th className="d-none d-md-table-cell">{t('operations.channel')}</th>
            <th className="d-none d-md-table-cell">{t('operations.reference')}</th>
            <th className="text-end">{t('statement.debit')}</th>
            <th className="text-end">{t('statement.credit')}</th>
            <th className="text-end">{t('statement.balance')}</th>
          </>
        }
        renderRow={(movement) => (
          <tr key={movement.id}>
            <td className="text-nowrap">{formatDate(movement.valueDate, locale)}</td>
            <td>
              {t(`transactionTypes.${movement.type}`)}
              {movement.reversedAt && (
                <div className="small text-danger">{t('reversal.reversed', { reason: movement.reversalReason ?? '' })}</div>
              )}
              <ReverseTransactionAction transaction={movement} size="sm" className="d-block mt-1" />
            </td>
            <td className="d-none d-md-table-cell">{movement.channel ? t(`channels.${movement.channel}`) : '—'}</td>
            <td className="d-none d-md-table-cell">{movement.reference ?? '—'}</td>
            <td className="text-end text-nowrap">{movement.isCredit ? '' : money(movement.amount)}</td>
            <td className="text-end text-nowrap">{movement.isCredit ? money(movement.amount) : ''}</td>
            <td className="text-end text-nowrap">{money(movement.balanceAfter)}</td>
          </tr>
        )}
        emptyMessage={t('statement.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {statement.data && (
        <p className="d-flex justify-content-between flex-wrap gap-2 mt-2 mb-0">
          <span>{t('statement.closingBalance')}</span>
          <strong>{money(statement.data.closingBalance)}</strong>
        </p>
      )}
    </Section>
  );
}
