import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { PagedTable } from '@/components/ui/paged-table';
import {
  generalLedgerFiltersSchema,
  useGeneralLedger,
  useGeneralLedgerLines,
  type GeneralLedgerQuery,
} from '@/features/accounting/api/get-general-ledger';
import { DEFAULT_CURRENCY, formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 50;
const NO_FILTERS = { from: '', to: '' };

type Period = Pick<GeneralLedgerQuery, 'from' | 'to'>;

/**
 * A GL account's general ledger: opening balance, the period's lines with the running balance, closing balance; and —
 * from `exportButtons`, given by the route — the period's every line as a file.
 */
export function GeneralLedger({ glAccountId, exportButtons }: { glAccountId: string; exportButtons?: (period: Period) => ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filters, setFilters] = useState<Period>({});
  const [page, setPage] = useState(1);
  const query = { ...filters, page, pageSize: PAGE_SIZE };
  const ledger = useGeneralLedger(glAccountId, query);
  const lines = useGeneralLedgerLines(glAccountId, query);
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(generalLedgerFiltersSchema),
    defaultValues: NO_FILTERS,
  });
  const money = (amount: number) => formatMoney(amount, DEFAULT_CURRENCY, locale);
  const movement = (amount: number) => (amount === 0 ? '' : money(amount));
  const apply = (next: Period) => {
    setFilters(next);
    setPage(1);
  };
  const data = ledger.data;

  return (
    <>
      {data && (
        <p className="lead">
          {data.code} {data.name} · {t(`glAccountTypes.${data.type}`)} ·{' '}
          {t('generalLedger.period', { from: formatDate(data.from, locale), to: formatDate(data.to, locale) })}
        </p>
      )}
      <FiltersForm
        label={t('generalLedger.filters')}
        onSubmit={handleSubmit(apply)}
        onClear={() => {
          reset(NO_FILTERS);
          apply({});
        }}
      >
        <PeriodFields
          from={{ registration: register('from'), error: formState.errors.from }}
          to={{ registration: register('to'), error: formState.errors.to }}
        />
      </FiltersForm>
      {exportButtons?.(filters)}
      {data && (
        <Row xs={1} sm={2} lg={4} className="g-2 mb-3" role="group" aria-label={t('generalLedger.balances')}>
          {(
            [
              ['opening', data.openingBalance],
              ['debits', data.totalDebit],
              ['credits', data.totalCredit],
              ['closing', data.closingBalance],
            ] as const
          ).map(([key, amount]) => (
            <Col key={key}>
              <Card body>
                <div className="small text-body-secondary">{t(`generalLedger.${key}`)}</div>
                <div className="fs-5 text-nowrap">{money(amount)}</div>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <PagedTable
        query={lines}
        size="sm"
        className="align-middle"
        columnCount={5}
        headers={
          <>
            <th>{t('generalLedger.date')}</th>
            <th>{t('generalLedger.entry')}</th>
            <th className="text-end">{t('statement.debit')}</th>
            <th className="text-end">{t('statement.credit')}</th>
            <th className="text-end">{t('generalLedger.balance')}</th>
          </>
        }
        renderRow={(line) => (
          <tr key={`${line.entryId}-${line.balance}-${line.debit}-${line.credit}`}>
            <td className="text-nowrap">{formatDate(line.valueDate, locale)}</td>
            <td>
              <strong>N° {line.entryNumber}</strong> · {t(`journalSources.${line.source}`)} — {line.description}
            </td>
            <td className="text-end text-nowrap">{movement(line.debit)}</td>
            <td className="text-end text-nowrap">{movement(line.credit)}</td>
            <td className="text-end text-nowrap">{money(line.balance)}</td>
          </tr>
        )}
        emptyMessage={t('generalLedger.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
