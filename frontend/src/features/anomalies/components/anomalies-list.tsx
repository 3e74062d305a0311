import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { paths } from '@/config/paths';
import {
  ANOMALY_FILTERS,
  anomalyFilters,
  useAnomalies,
  type Anomaly,
} from '@/features/anomalies/api/get-anomalies';
import { AnomalyExportButtons } from '@/features/anomalies/components/anomaly-export-buttons';
import { AnomalyStatusBadge, SeverityBadge } from '@/features/anomalies/components/anomaly-badges';
import { AnomalyFiltersForm, type AnomalyFilterOptions } from '@/features/anomalies/components/anomaly-filters-form';
import { AnomalyStatisticsView } from '@/features/anomalies/components/anomaly-statistics';
import { figureKind, useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useSearchParamsFilters } from '@/lib/use-list-filters';

export const ANOMALIES_PAGE_SIZE = 20;

/** What a row shows under its rule: the sum at stake (its first money figure), or else its first figure. */
function Headline({ anomaly }: { anomaly: Anomaly }) {
  const { t } = useTranslation();
  const words = useAnomalyWords();
  const figures = Object.entries(anomaly.figures);
  const [name, value] = figures.find(([figure, text]) => figureKind(figure, text) === 'money') ?? figures[0] ?? [];
  if (name === undefined || value === undefined) return null;
  return (
    <div className="small text-body-secondary">
      {t('anomalies.figureLine', { label: words.figureLabel(name), value: words.figureValue(name, value) })}
    </div>
  );
}

/**
 * The auditors' findings: the filters (in the address: `/anomalies?severity=High&status=Open&page=2`, so the notice of
 * serious findings and a shared link open the same list), the counts per rule and the weekly trend of what they
 * select, its export, then the findings, most severe and most recent first — a card each on a phone.
 */
export function AnomaliesList({ options }: { options: AnomalyFilterOptions }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = useAnomalyWords();
  const { filters, page, setPage, filterBy } = useSearchParamsFilters(ANOMALY_FILTERS);
  const query = anomalyFilters(filters);
  const anomalies = useAnomalies({ ...query, page, pageSize: ANOMALIES_PAGE_SIZE });
  // A new address (filters applied, the back button) or a list that arrives starts the form again from the address.
  const formKey = JSON.stringify([filters, !!options.branches, !!options.agents]);

  const columns: StackedColumn<Anomaly>[] = [
    {
      header: t('anomalies.rule'),
      cell: (anomaly) => (
        <>
          <Link to={paths.anomaly.getHref(anomaly.id)} className="fw-semibold">
            {words.rule(anomaly.rule)}
          </Link>
          <Headline anomaly={anomaly} />
        </>
      ),
    },
    { header: t('anomalies.severity'), cell: (anomaly) => <SeverityBadge severity={anomaly.severity} /> },
    { header: t('anomalies.status'), cell: (anomaly) => <AnomalyStatusBadge status={anomaly.status} /> },
    {
      header: t('anomalies.occurredOn'),
      cell: (anomaly) => <span className="text-nowrap">{formatDate(anomaly.occurredOn, locale)}</span>,
    },
    { header: t('anomalies.client'), cell: (anomaly) => anomaly.clientName ?? '—' },
    {
      header: t('anomalies.branchAndAgent'),
      cell: (anomaly) => (
        <>
          <div>{anomaly.branchName ?? '—'}</div>
          {anomaly.agentName && <div className="small text-body-secondary">{anomaly.agentName}</div>}
        </>
      ),
    },
  ];

  return (
    <>
      <AnomalyFiltersForm key={formKey} applied={filters} options={options} onApply={filterBy} />
      <AnomalyStatisticsView filters={query} onPickRule={(rule) => filterBy({ rule })} />
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <h2 className="h5 mb-0">{t('anomalies.findings')}</h2>
        <AnomalyExportButtons filters={query} />
      </div>
      <QueryView query={anomalies}>
        {(data) => (
          <>
            <StackedTable
              items={data.items}
              columns={columns}
              rowKey={(anomaly) => anomaly.id}
              emptyMessage={t('anomalies.empty')}
            />
            <PaginationBar
              page={page}
              pageSize={ANOMALIES_PAGE_SIZE}
              totalCount={data.totalCount}
              onPageChange={setPage}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
