import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { useDownloadReportRun } from '@/features/reporting/api/download-report-run';
import { useReportRuns, type ReportRun } from '@/features/reporting/api/get-report-runs';
import { useReportWords, type ReportFilterOptions } from '@/features/reporting/components/use-report-words';

const PAGE_SIZE = 10;

type ReportRunsProps = {
  /** The report whose exports are listed; every report's when none is chosen. */
  report: string | undefined;
  options: ReportFilterOptions;
};

/**
 * The exports already made, newest first: the report, the format, the filters in words, the rows and size of the file,
 * who asked and when; each file can be downloaded again, byte for byte as first served. A phone shows each as a card.
 */
export function ReportRuns({ report, options }: ReportRunsProps) {
  const { t } = useTranslation();
  const words = useReportWords(options);
  const [page, setPage] = useState(1);
  const runs = useReportRuns({ report, page, pageSize: PAGE_SIZE });
  const download = useDownloadReportRun();
  const downloading = download.isPending ? download.variables.id : null;

  const columns: StackedColumn<ReportRun>[] = [
    { header: t('reports.history.report'), cell: (run) => run.title },
    { header: t('reports.history.format'), cell: (run) => words.format(run.format) },
    {
      header: t('reports.history.filters'),
      cell: (run) => {
        const filters = words.runFilters(run);
        return filters.length > 0 ? filters.join(' · ') : t('reports.history.noFilters');
      },
    },
    { header: t('reports.history.rows'), numeric: true, cell: (run) => words.count(run.rowCount) },
    { header: t('reports.history.size'), numeric: true, cell: (run) => words.size(run.size) },
    { header: t('reports.history.requestedBy'), cell: (run) => run.requestedBy },
    {
      header: t('reports.history.requestedAt'),
      cell: (run) => <span className="text-nowrap">{words.when(run.requestedAt)}</span>,
    },
  ];

  return (
    <Section title={t('reports.history.title')}>
      <ErrorAlert error={download.error} />
      <QueryView query={runs}>
        {({ items, totalCount }) => (
          <>
            <StackedTable
              items={items}
              columns={columns}
              rowKey={(run) => run.id}
              emptyMessage={t('reports.history.empty')}
              actions={(run) => (
                <Button
                  variant="outline-primary"
                  size="sm"
                  disabled={download.isPending}
                  aria-label={t('reports.history.downloadFile', { fileName: run.fileName })}
                  onClick={() => download.mutate(run)}
                >
                  {downloading === run.id && (
                    <Spinner animation="border" size="sm" role="status" className="me-1">
                      <span className="visually-hidden">{t('reports.downloading')}</span>
                    </Spinner>
                  )}
                  {t('reports.history.download')}
                </Button>
              )}
            />
            <PaginationBar page={page} pageSize={PAGE_SIZE} totalCount={totalCount} onPageChange={setPage} />
          </>
        )}
      </QueryView>
    </Section>
  );
}
