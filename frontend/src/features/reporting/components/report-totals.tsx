import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';

import type { ReportTotal } from '@/features/reporting/api/get-report';
import { useReportWords } from '@/features/reporting/components/use-report-words';

/** The totals over every row the filters select (not only the page shown): two side by side on a phone. */
export function ReportTotals({ totals }: { totals: readonly ReportTotal[] }) {
  const { t } = useTranslation();
  const words = useReportWords();
  if (totals.length === 0) return null;
  return (
    <Row className="g-2 mb-3" role="group" aria-label={t('reports.totals')}>
      {totals.map((total) => (
        <Col key={total.label} xs={6} md={4} lg={3}>
          <dl className="card h-100 p-2 mb-0">
            <dt className="small fw-normal text-body-secondary">{total.label}</dt>
            <dd className="fw-semibold mb-0 text-break">{words.value(total.kind, total.value)}</dd>
          </dl>
        </Col>
      ))}
    </Row>
  );
}
