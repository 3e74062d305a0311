import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { useExportReport } from '@/features/reporting/api/export-report';
import { useExportGeneralLedger } from '@/features/reporting/api/export-general-ledger';
import { useExportTransactions, type TransactionExportQuery } from '@/features/reporting/api/export-transactions';
import type { ReportFilters } from '@/features/reporting/api/get-report';
import { REPORT_FORMATS, type ReportFormat } from '@/features/reporting/api/get-report-runs';
import { useReportWords } from '@/features/reporting/components/use-report-words';

type FormatButtonsProps = {
  /** The export under way, if any: its format shows a spinner, its failure the API's reason. */
  exporting: { isPending: boolean; error: unknown; variables?: { format: ReportFormat } };
  onExport: (format: ReportFormat) => void;
  /** What the group exports, for a screen reader: the report unless said otherwise. */
  label?: string;
};

/**
 * CSV, Excel and PDF: the file is saved as the API names it, and the history shows the new export. A spinner shows on
 * the button while its file downloads; the API's reason if it fails (a PDF of too many rows).
 */
function FormatButtons({ exporting, onExport, label }: FormatButtonsProps) {
  const { t } = useTranslation();
  const words = useReportWords();
  const downloading = exporting.isPending ? exporting.variables?.format : null;

  return (
    <div className="mb-3 d-print-none">
      <div role="group" aria-label={label ?? t('reports.export')} className="d-flex flex-wrap gap-2">
        {REPORT_FORMATS.map((format) => (
          <Button key={format} variant="outline-primary" disabled={exporting.isPending} onClick={() => onExport(format)}>
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
      <ErrorAlert error={exporting.error} className="mt-2 mb-0" />
    </div>
  );
}

/** A report with the filters applied, as a file. */
export function ExportButtons({ name, filters }: { name: string; filters: ReportFilters }) {
  const exportReport = useExportReport();
  return <FormatButtons exporting={exportReport} onExport={(format) => exportReport.mutate({ name, filters, format })} />;
}

/** The transaction explorer's selection (its filters and sort, every page), as a file. */
export function TransactionExportButtons({ query }: { query: TransactionExportQuery }) {
  const { t } = useTranslation();
  const exportTransactions = useExportTransactions();
  return (
    <FormatButtons
      label={t('transactions.export')}
      exporting={exportTransactions}
      onExport={(format) => exportTransactions.mutate({ query, format })}
    />
  );
}

/** A GL account's general ledger over the period shown, every line, as a file. */
export function GeneralLedgerExportButtons({ glAccountId, from, to }: { glAccountId: string; from?: string; to?: string }) {
  const { t } = useTranslation();
  const exportLedger = useExportGeneralLedger();
  return (
    <FormatButtons
      label={t('generalLedger.export')}
      exporting={exportLedger}
      onExport={(format) => exportLedger.mutate({ glAccountId, from, to, format })}
    />
  );
}
