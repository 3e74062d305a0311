import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';

import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import type { AnomalyFilters } from '@/features/anomalies/api/get-anomalies';
import { useAnomalyStatistics } from '@/features/anomalies/api/get-anomaly-statistics';
import { AnomalyTrendChart } from '@/features/anomalies/components/anomaly-trend-chart';
import { useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';
import { formatInteger } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type AnomalyStatisticsViewProps = {
  filters: AnomalyFilters;
  /** Shows one rule's findings (the rule filter). */
  onPickRule: (rule: string) => void;
};

/**
 * What the filters select, counted per rule (the rules that found something, with the open ones) — each a button to
 * list that rule's findings — and week by week, by severity.
 */
export function AnomalyStatisticsView({ filters, onPickRule }: AnomalyStatisticsViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = useAnomalyWords();
  const statistics = useAnomalyStatistics(filters);
  return (
    <QueryView query={statistics}>
      {(data) => {
        const found = data.rules.filter((rule) => rule.total > 0);
        return (
          <Row className="g-3 mb-2">
            <Col xs={12} lg={5}>
              <Section title={t('anomalies.countsPerRule')}>
                {found.length === 0 ? (
                  <p className="text-body-secondary">{t('anomalies.noCounts')}</p>
                ) : (
                  <ul className="list-unstyled mb-0" aria-label={t('anomalies.countsPerRule')}>
                    {found.map((rule) => (
                      <li key={rule.rule} className="mb-1">
                        <Card body className="py-0 px-0">
                          <button
                            type="button"
                            className="btn btn-link text-start text-decoration-none w-100 d-flex justify-content-between gap-2 p-2"
                            onClick={() => onPickRule(rule.rule)}
                          >
                            <span className="text-break">{words.rule(rule.rule)}</span>
                            <span className="text-nowrap text-body">
                              <strong>{formatInteger(rule.total, locale)}</strong>
                              {rule.open > 0 && (
                                <span className="small text-body-secondary">
                                  {' '}
                                  · {t('anomalies.openCount', { count: rule.open })}
                                </span>
                              )}
                            </span>
                          </button>
                        </Card>
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            </Col>
            <Col xs={12} lg={7}>
              <Section title={t('anomalies.trend')}>
                <AnomalyTrendChart trend={data.trend} />
              </Section>
            </Col>
          </Row>
        );
      }}
    </QueryView>
  );
}
