import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { useDetectAnomalies } from '@/features/anomalies/api/detect-anomalies';
import { useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';
import { formatDate, formatInteger } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** « Lancer la détection »: every enabled rule runs now; then what each found, how many are new and how many got worse. */
export function DetectAnomaliesButton() {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = useAnomalyWords();
  const detection = useDetectAnomalies();
  const count = (value: number) => formatInteger(value, locale);
  return (
    <>
      <Button onClick={() => detection.mutate()} disabled={detection.isPending}>
        {detection.isPending && (
          <Spinner animation="border" size="sm" role="status" className="me-2">
            <span className="visually-hidden">{t('anomalies.detecting')}</span>
          </Spinner>
        )}
        {t('anomalies.detect')}
      </Button>
      <ErrorAlert error={detection.error} className="mt-2 mb-0" />
      {detection.data && (
        <NoticeDialog title={t('anomalies.detectionDone')} variant="success" onClose={() => detection.reset()}>
          <p>{t('anomalies.detectionDate', { date: formatDate(detection.data.date, locale) })}</p>
          {/* A line per rule rather than a table: four columns do not fit a phone's dialog. */}
          <ul className="list-unstyled mb-0" aria-label={t('anomalies.detectionCounts')}>
            {detection.data.rules.map((rule) => (
              <li key={rule.rule} className="mb-2">
                <div className="fw-semibold">{words.rule(rule.rule)}</div>
                <div className="small">
                  {t('anomalies.detectionCountsLine', {
                    found: count(rule.found),
                    new: count(rule.new),
                    reopened: count(rule.reopened),
                  })}
                </div>
              </li>
            ))}
          </ul>
        </NoticeDialog>
      )}
    </>
  );
}
