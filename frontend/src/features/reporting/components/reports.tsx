import { useTranslation } from 'react-i18next';

import { QueryView } from '@/components/ui/query-view';
import { REPORT_FILTERS } from '@/features/reporting/api/get-report';
import { useReports } from '@/features/reporting/api/get-reports';
import { ReportCatalogue } from '@/features/reporting/components/report-catalogue';
import { ReportRuns } from '@/features/reporting/components/report-runs';
import { ReportView } from '@/features/reporting/components/report-view';
import type { ReportFilterOptions } from '@/features/reporting/components/use-report-words';
import { useSearchParamsFilters } from '@/lib/use-list-filters';

const SEARCH_PARAMS = ['report', ...REPORT_FILTERS] as const;

/**
 * The reports page: the catalogue, then the chosen report (its filters, totals, rows and exports), then the export
 * history of that report. The report, its filters and the page are in the address (`?report=client-balances&status=
 * Active&page=2`), so a reload or a shared link shows the same thing.
 */
export function Reports({ options }: { options: ReportFilterOptions }) {
  const { t } = useTranslation();
  const { filters, page, setPage, filterBy } = useSearchParamsFilters(SEARCH_PARAMS);
  const catalogue = useReports();

  return (
    <QueryView query={catalogue}>
      {(reports) => {
        const report = reports.find((candidate) => candidate.name === filters.report);
        return (
          <>
            <ReportCatalogue reports={reports} chosen={report?.name} />
            {report ? (
              <ReportView
                key={`report:${report.name}`}
                report={report}
                values={filters}
                page={page}
                onPageChange={setPage}
                onApply={filterBy}
                options={options}
              />
            ) : (
              reports.length > 0 && <p className="text-body-secondary mb-4">{t('reports.choose')}</p>
            )}
            {/* Another report's history starts again from its first page. */}
            <ReportRuns key={`runs:${report?.name ?? ''}`} report={report?.name} options={options} />
          </>
        );
      }}
    </QueryView>
  );
}
