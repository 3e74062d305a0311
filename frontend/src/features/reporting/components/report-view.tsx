import { useTranslation } from 'react-i18next';

import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import {
  reportFilters,
  useReport,
  type ReportFilterName,
  type ReportPage,
  type ReportRow,
} from '@/features/reporting/api/get-report';
import type { ReportDefinition } from '@/features/reporting/api/get-reports';
import { CashForecastChart } from '@/features/reporting/components/cash-forecast-chart';
import { ExportButtons } from '@/features/reporting/components/export-buttons';
import { ReportFiltersForm } from '@/features/reporting/components/report-filters-form';
import { ReportTotals } from '@/features/reporting/components/report-totals';
import { useReportWords, type ReportFilterOptions } from '@/features/reporting/components/use-report-words';

export const REPORT_PAGE_SIZE = 20;

type ReportViewProps = {
  report: ReportDefinition;
  /** The filters of the address: those the report does not take are never sent. */
  values: Record<ReportFilterName, string>;
  page: number;
  onPageChange: (page: number) => void;
  onApply: (filters: Record<ReportFilterName, string>) => void;
  options: ReportFilterOptions;
};

/** A page of the report's rows, each cell worded by its column's kind; a phone shows each row as a card. */
function ReportRows({ data, page }: { data: ReportPage; page: number }) {
  const { t } = useTranslation();
  const words = useReportWords();
  const columns = data.columns.map<StackedColumn<ReportRow>>((column, index) => ({
    header: column.title,
    numeric: column.kind === 'Money' || column.kind === 'Integer',
    cell: (row) => words.value(column.kind, row[index]),
  }));
  return (
    <StackedTable
      items={data.rows}
      columns={columns}
      rowKey={(_, index) => (page - 1) * REPORT_PAGE_SIZE + index}
      emptyMessage={t('reports.noRows')}
    />
  );
}

/**
 * The chosen report: what it shows, its export buttons and filters, then its totals and a page of its rows. Only the
 * filters it takes are offered and sent.
 */
export function ReportView({ report, values, page, onPageChange, onApply, options }: ReportViewProps) {
  const filters = reportFilters(report, values);
  const rows = useReport(report.name, { filters, page, pageSize: REPORT_PAGE_SIZE });
  // A new address (filters applied, the back button) or a list that arrives starts the form again from the address.
  const formKey = JSON.stringify([report.name, filters, !!options.branches, !!options.agents, !!options.products, !!options.categories]);

  return (
    <Section title={report.title}>
      <p className="text-body-secondary">{report.description}</p>
      <ExportButtons name={report.name} filters={filters} />
      {report.filters.length > 0 && (
        <ReportFiltersForm key={formKey} report={report} applied={filters} options={options} onApply={onApply} />
      )}
      <QueryView query={rows}>
        {(data) => (
          <>
            <ReportTotals totals={data.totals} />
            {report.name === 'cash-forecast' && <CashForecastChart data={data} />}
            <ReportRows data={data} page={page} />
            <PaginationBar
              page={page}
              pageSize={REPORT_PAGE_SIZE}
              totalCount={data.totalCount}
              onPageChange={onPageChange}
            />
          </>
        )}
      </QueryView>
    </Section>
  );
}
