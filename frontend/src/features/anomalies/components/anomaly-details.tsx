import type { ReactNode } from 'react';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useAnomaly } from '@/features/anomalies/api/get-anomaly';
import { AnomalyStatusBadge, SeverityBadge } from '@/features/anomalies/components/anomaly-badges';
import { AnomalyComments } from '@/features/anomalies/components/anomaly-comments';
import { AnomalyEvidence } from '@/features/anomalies/components/anomaly-evidence';
import { AnomalyFigures } from '@/features/anomalies/components/anomaly-figures';
import { AnomalyReview } from '@/features/anomalies/components/anomaly-review';
import { AnomalySubjects } from '@/features/anomalies/components/anomaly-subjects';
import { useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';
import { formatDate, formatDateTime, formatInteger } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type AnomalyDetailsProps = {
  anomalyId: string;
  /** Whether the user may review (acknowledge, explain, dismiss) findings. */
  mayReview: boolean;
  /** What the route mounts beside the figures (the assistant's explanation of the finding). */
  explanation?: ReactNode;
};

/**
 * A finding: its rule, severity and status, the review's buttons, the figures that triggered it, the objects it
 * concerns (links), its evidence (the operations and the client's history), and the review's comments.
 */
export function AnomalyDetails({ anomalyId, mayReview, explanation }: AnomalyDetailsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = useAnomalyWords();
  const anomaly = useAnomaly(anomalyId);
  return (
    <QueryView query={anomaly}>
      {(finding) => (
        <>
          <p className="mb-1 d-print-none">
            <Link to={paths.anomalies.getHref()}>{t('anomalies.backToList')}</Link>
          </p>
          <PageHeader title={words.rule(finding.rule)} actions={mayReview && <AnomalyReview anomaly={finding} />} />
          <div className="d-flex flex-wrap gap-2 mb-3">
            <SeverityBadge severity={finding.severity} />
            <AnomalyStatusBadge status={finding.status} />
          </div>
          <Row className="g-3 mb-4">
            <Col xs={12} lg={6}>
              <Card>
                <Card.Body>
                  <h2 className="h5">{t('anomalies.figuresTitle')}</h2>
                  <AnomalyFigures figures={finding.figures} />
                </Card.Body>
              </Card>
            </Col>
            <Col xs={12} lg={6}>
              <Card>
                <Card.Body>
                  <h2 className="h5">{t('anomalies.situation')}</h2>
                  <DetailsList
                    details={[
                      { label: t('anomalies.occurredOn'), value: formatDate(finding.occurredOn, locale) },
                      { label: t('anomalies.branch'), value: finding.branchName },
                      { label: t('anomalies.agent'), value: finding.agentName },
                      { label: t('anomalies.subjects'), value: <AnomalySubjects anomaly={finding} /> },
                      { label: t('anomalies.firstDetectedAt'), value: formatDateTime(finding.firstDetectedAt, locale) },
                      {
                        label: t('anomalies.detections'),
                        value: t('anomalies.detectionsValue', {
                          count: finding.detectionCount,
                          formatted: formatInteger(finding.detectionCount, locale),
                          last: formatDateTime(finding.lastDetectedAt, locale),
                        }),
                      },
                    ]}
                  />
                </Card.Body>
              </Card>
            </Col>
          </Row>
          {explanation}
          <Section title={t('anomalies.evidence')}>
            <AnomalyEvidence anomaly={finding} />
          </Section>
          <Section title={t('anomalies.comments')}>
            <AnomalyComments comments={finding.comments} />
          </Section>
        </>
      )}
    </QueryView>
  );
}
