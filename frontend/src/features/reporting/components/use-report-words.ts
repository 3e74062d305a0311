import { useTranslation } from 'react-i18next';

import { REPORT_FILTERS, type ReportFilterName } from '@/features/reporting/api/get-report';
import type { ReportRun } from '@/features/reporting/api/get-report-runs';
import type { ColumnKind } from '@/features/reporting/api/get-reports';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatDateTime, formatFileSize, formatInteger, formatMoney, formatPercent, formatShortDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type NamedOption = { id: string; name: string };

/**
 * What the filters offer, loaded by the route from other features: the branches, the agents and the loan products.
 * A list the user may not read (an accountant may not list the users) is absent: its filter is then not offered, and
 * the history shows the ids it was given.
 */
export type ReportFilterOptions = {
  branches?: readonly NamedOption[];
  agents?: readonly NamedOption[];
  products?: readonly NamedOption[];
  categories?: readonly NamedOption[];
};

/** The translations naming the statuses a report filters by (the API lists them as enum names). */
const STATUS_LABEL_KEYS: Partial<Record<string, string>> = { 'client-balances': 'clientStatuses' };

/** The list that names the ids a filter takes. */
const NAMED_FILTERS: Partial<Record<ReportFilterName, keyof ReportFilterOptions>> = {
  branchId: 'branches',
  agentId: 'agents',
  productId: 'products',
  categoryId: 'categories',
};

const DATE_FILTERS: readonly ReportFilterName[] = ['from', 'to', 'asOf'];

function isFilterName(name: string): name is ReportFilterName {
  return (REPORT_FILTERS as readonly string[]).includes(name);
}

/** A figure as the API sends it: a JSON number, or a decimal string. */
function isFigure(value: unknown): value is number | `${number}` {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value));
}

/**
 * How the reports page words what the API sends: a cell or a total by its column's kind (money in the institution's
 * currency, "150 000 FCFA"; counts grouped; days as "03/12/2026"; text as sent), the statuses a report filters by,
 * and the filters, format and size of an export.
 */
export function useReportWords(options: ReportFilterOptions = {}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();

  const status = (report: string, name: string) => {
    const key = STATUS_LABEL_KEYS[report];
    return key ? t(`${key}.${name}`, { defaultValue: name }) : name;
  };

  const filterName = (filter: string) => t(`reports.filterNames.${filter}`, { defaultValue: filter });

  /** A filter's value in words: a name rather than an id when it is known, a day in figures, a status named. */
  const filterValue = (report: string, filter: string, given: string) => {
    if (!isFilterName(filter)) return given;
    const list = NAMED_FILTERS[filter];
    if (list) return options[list]?.find((option) => option.id === given)?.name ?? given;
    if (filter === 'status') return status(report, given);
    if (filter === 'horizon') return t('reports.horizonDays', { count: Number(given) });
    if (DATE_FILTERS.includes(filter)) return formatShortDate(given, locale);
    return given;
  };

  /** Where a filter comes in the form: unknown ones last. */
  const order = (filter: string) => (isFilterName(filter) ? REPORT_FILTERS.indexOf(filter) : REPORT_FILTERS.length);

  return {
    value: (kind: ColumnKind, cell: unknown): string => {
      if (cell === null || cell === undefined || cell === '') return '—';
      if (kind === 'Money' && isFigure(cell)) return formatMoney(cell, currency, locale);
      if (kind === 'Integer' && isFigure(cell)) return formatInteger(cell, locale);
      if (kind === 'Percent' && isFigure(cell)) return formatPercent(Number(cell), locale);
      if (kind === 'Date' && typeof cell === 'string') return formatShortDate(cell, locale);
      return typeof cell === 'string' || typeof cell === 'number' ? String(cell) : JSON.stringify(cell);
    },
    status,
    filterName,
    format: (format: ReportRun['format']) => t(`reports.formats.${format}`),
    /** The filters of an export, in the form's order: "Agence : Cotonou Centre", "Statut : Actif". */
    runFilters: (run: Pick<ReportRun, 'report' | 'parameters'>) =>
      Object.entries(run.parameters)
        .sort(([a], [b]) => order(a) - order(b))
        .map(([filter, given]) =>
          t('reports.history.filter', { name: filterName(filter), value: filterValue(run.report, filter, given) }),
        ),
    size: (bytes: number) => formatFileSize(bytes, locale),
    count: (count: number) => formatInteger(count, locale),
    when: (instant: string) => formatDateTime(instant, locale),
  };
}
