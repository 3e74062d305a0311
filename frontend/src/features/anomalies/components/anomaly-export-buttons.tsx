import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { ANOMALY_EXPORT_FORMATS, useExportAnomalies } from '@/features/anomalies/api/export-anomalies';
import type { AnomalyFilters } from '@/features/anomalies/api/get-anomalies';

/** The list's selection (its filters, every page) as CSV or Excel; the file joins the export history of the reports. */
export function AnomalyExportButtons({ filters }: { filters: AnomalyFilters }) {
  const { t } = useTranslation();
  const exporting = useExportAnomalies();
  const downloading = exporting.isPending ? exporting.variables?.format : null;
  return (
    <div className="d-print-none">
      <div role="group" aria-label={t('anomalies.export')} className="d-flex flex-wrap gap-2">
        {ANOMALY_EXPORT_FORMATS.map((format) => (
          <Button
            key={format}
            variant="outline-primary"
            disabled={exporting.isPending}
            onClick={() => exporting.mutate({ query: filters, format })}
          >
            {downloading === format && (
              <Spinner animation="border" size="sm" role="status" className="me-2">
                <span className="visually-hidden">{t('anomalies.downloading')}</span>
              </Spinner>
            )}
            {t(`anomalies.exportFormats.${format}`)}
          </Button>
        ))}
      </div>
      <ErrorAlert error={exporting.error} className="mt-2 mb-0" />
    </div>
  );
}
