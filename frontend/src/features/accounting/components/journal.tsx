import { zodResolver } from '@hookform/resolvers/zod';
import { Fragment, useState } from 'react';
import Col from 'react-bootstrap/Col';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { SelectField } from '@/components/ui/form-fields';
import { PagedTable } from '@/components/ui/paged-table';
import { EnumOptions } from '@/components/ui/select-options';
import {
  JOURNAL_SOURCES,
  journalFiltersSchema,
  useJournalEntries,
  type JournalFilters,
} from '@/features/accounting/api/get-journal-entries';
import { DEFAULT_CURRENCY, formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;
const NO_FILTERS = { from: '', to: '', source: '' };

/** The journal, newest entry first, each entry's lines under it. */
export function Journal() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filters, setFilters] = useState<Partial<JournalFilters>>({});
  const [page, setPage] = useState(1);
  const entries = useJournalEntries({ ...filters, page, pageSize: PAGE_SIZE });
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(journalFiltersSchema),
    defaultValues: NO_FILTERS,
  });
  const money = (amount: number) => (amount === 0 ? '' : formatMoney(amount, DEFAULT_CURRENCY, locale));
  const applyFilters = (next: Partial<JournalFilters>) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <>
      <FiltersForm
        label={t('journal.filters')}
        onSubmit={handleSubmit(applyFilters)}
        onClear={() => {
          reset(NO_FILTERS);
          applyFilters({});
        }}
      >
        <PeriodFields
          from={{ registration: register('from'), error: formState.errors.from }}
          to={{ registration: register('to'), error: formState.errors.to }}
        />
        <Col xs={12} sm={6} lg>
          <SelectField
            className=""
            label={t('journal.source')}
            registration={register('source')}
            error={formState.errors.source}
          >
            <option value="">{t('journal.allSources')}</option>
            <EnumOptions values={JOURNAL_SOURCES} labelKey="journalSources" />
          </SelectField>
        </Col>
      </FiltersForm>

      <PagedTable
        query={entries}
        size="sm"
        className="align-middle"
        columnCount={4}
        headers={
          <>
            <th>{t('journal.entry')}</th>
            <th>{t('journal.account')}</th>
            <th className="text-end">{t('statement.debit')}</th>
            <th className="text-end">{t('statement.credit')}</th>
          </>
        }
        renderRow={(entry) => (
          <Fragment key={entry.id}>
            <tr className="table-light">
              <td colSpan={4}>
                <strong>N° {entry.number}</strong> · {formatDate(entry.valueDate, locale)} ·{' '}
                {t(`journalSources.${entry.source}`)} — {entry.description}
              </td>
            </tr>
            {entry.lines.map((line, index) => (
              <tr key={`${entry.id}-${index}`}>
                <td />
                <td>
                  {line.glAccountCode} {line.glAccountName}
                </td>
                <td className="text-end text-nowrap">{money(line.debit)}</td>
                <td className="text-end text-nowrap">{money(line.credit)}</td>
              </tr>
            ))}
          </Fragment>
        )}
        emptyMessage={t('journal.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
