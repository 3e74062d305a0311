import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { useExportReport } from '@/features/reporting/api/export-report';
import type { ReportFilters } from '@/features/reporting/api/get-report';
import { REPORT_FORMATS } from '@/features/reporting/api/get-report-runs';
import { useReportWords } from '@/features/reporting/components/use-report-words';

type ExportButtonsProps = { name: string; filters: ReportFilters };

/**
 * The report with the filters applied, as CSV, Excel or PDF: the file is saved as the API names it, and the history
 * shows the new export. A spinner shows on the button while its file downloads; the API's reason if it fails (a PDF
 * of too many rows).
 */
export function ExportButtons({ name, filters }: ExportButtonsProps) {
  const { t } = useTranslation();
  const words = useReportWords();
  const exportReport = useExportReport();
  const downloading = exportReport.isPending ? exportReport.variables.format : null;

  return (
    <div className="mb-3 d-print-none">
      <div role="group" aria-label={t('reports.export')} className="d-flex flex-wrap gap-2">
        {REPORT_FORMATS.map((format) => (
          <Button
            key={format}
            variant="outline-primary"
            disabled={exportReport.isPending}
            onClick={() => exportReport.mutate({ name, filters, format })}
          >
            {downloading === format && (
              <Spinner animation="border" size="sm" role="status" className="me-2">
                <span className="visually-hidden">{t('reports.downloading')}</span>
              </Spinner>
            )}
            {words.format(format)}
          </Button>
        ))}
      </div>
      <p className="small text-body-secondary mt-1 mb-0">{t('reports.exportHint')}</p>
      <ErrorAlert error={exportReport.error} className="mt-2 mb-0" />
    </div>
  );
}
