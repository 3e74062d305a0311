import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';

import { paths } from '@/config/paths';
import type { AuditorDashboard as AuditorFigures } from '@/features/reporting/api/get-dashboard';
import { FigureCard } from '@/features/reporting/components/dashboard/figure-card';
import { MonthChart } from '@/features/reporting/components/dashboard/month-chart';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** An auditor's landing: the findings to review and what else deserves a second look, counted, and twelve months of reversals. */
export function AuditorDashboard({ figures }: { figures: AuditorFigures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const count = (value: number) => formatInteger(value, locale);
  return (
    <>
      <Row xs={1} sm={2} lg={3} xl={5} className="g-3 mb-4">
        <Col>
          <FigureCard label={t('dashboard.auditor.openFindings')} value={count(figures.openFindings)}
            detail={t('dashboard.auditor.openHighFindings', { count: figures.openHighFindings })}
            to={`${paths.anomalies.getHref()}?status=Open`} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.auditor.reversals')} value={count(figures.reversalsThisMonth.count)}
            detail={money(figures.reversalsThisMonth.amount)} to={paths.transactions.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.auditor.failedSignIns')} value={count(figures.failedSignInsThisWeek)} to={paths.audit.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.auditor.paymentsToResolve')} value={count(figures.paymentsToResolve)} to={paths.payments.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.auditor.withdrawalsApproved')} value={count(figures.withdrawalsApprovedThisMonth.count)}
            detail={money(figures.withdrawalsApprovedThisMonth.amount)} />
        </Col>
      </Row>
      <MonthChart title={t('dashboard.auditor.reversalsByMonth')} rows={figures.reversalsByMonth} series={[
        { key: 'count', label: t('dashboard.auditor.reversalsCount'), color: '#6f42c1', kind: 'bar', format: count },
      ]} />
    </>
  );
}
