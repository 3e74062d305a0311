import type { ReactNode } from 'react';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { StackedTable } from '@/components/ui/stacked-table';
import { paths } from '@/config/paths';
import type { ManagerDashboard as ManagerFigures } from '@/features/reporting/api/get-dashboard';
import { FigureCard } from '@/features/reporting/components/dashboard/figure-card';
import { MonthChart } from '@/features/reporting/components/dashboard/month-chart';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatInteger, formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** A supervisor's branch or the SfdAdmin's institution: headline figures, what waits on them, twelve months, the branches side by side. */
export function ManagerDashboard({ figures, extra }: { figures: ManagerFigures; extra?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const percent = (value: number) => formatPercent(value, locale);
  const approvals = figures.approvals;
  const trend = figures.months.filter((m) => m.par30 != null);
  const previousPar = trend.length > 1 ? trend[trend.length - 2].par30 : null;
  return (
    <>
      <Row xs={1} sm={2} lg={4} className="g-3 mb-4">
        <Col>
          <FigureCard label={t('dashboard.manager.clients')} value={formatInteger(figures.clients, locale)} to={paths.clients.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.manager.deposits')} value={money(figures.depositsOutstanding)} to={paths.accounts.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.manager.loans')} value={money(figures.portfolio.outstandingPrincipal)}
            detail={t('dashboard.manager.activeLoans', { count: figures.portfolio.activeLoans })} to={paths.loans.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.manager.par30')} value={percent(figures.portfolio.par30)} to={paths.portfolioAtRisk.getHref()}
            detail={previousPar == null ? t('dashboard.manager.noTrend')
              : t('dashboard.manager.previousMonth', { value: percent(previousPar) })} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.manager.disbursements')} value={money(figures.disbursementsThisMonth.amount)}
            detail={t('dashboard.manager.loansCount', { count: figures.disbursementsThisMonth.count })} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.manager.repayments')} value={money(figures.repaymentsThisMonth.amount)}
            detail={t('dashboard.manager.repaymentsCount', { count: figures.repaymentsThisMonth.count })} />
        </Col>
        <Col sm={12} lg={6}>
          <FigureCard label={t('dashboard.manager.approvals')} to={paths.approvals.getHref()}
            value={formatInteger(approvals.accountOpenings + approvals.withdrawals + approvals.loansToReview + approvals.loansToDecide
              + approvals.loansToDisburse + approvals.paymentsToResolve, locale)}
            detail={t('dashboard.manager.approvalsDetail', approvals)} />
        </Col>
        {extra && <Col sm={12} lg={6}>{extra}</Col>}
      </Row>
      <Row xs={1} lg={2} className="g-3">
        <Col>
          <MonthChart title={t('dashboard.manager.flows')} rows={figures.months} series={[
            { key: 'deposits', label: t('dashboard.manager.depositsFlow'), color: '#198754', kind: 'bar', format: money },
            { key: 'withdrawals', label: t('dashboard.manager.withdrawalsFlow'), color: '#dc3545', kind: 'bar', format: money },
          ]} />
        </Col>
        <Col>
          <MonthChart title={t('dashboard.manager.portfolio')} rows={figures.months} series={[
            { key: 'outstanding', label: t('dashboard.manager.outstanding'), color: '#0d6efd', kind: 'bar', format: money },
          ]} />
        </Col>
        <Col>
          <MonthChart title={t('dashboard.manager.parTrend')} rows={figures.months} series={[
            { key: 'par30', label: t('dashboard.manager.par30'), color: '#fd7e14', kind: 'line', format: percent },
          ]} />
        </Col>
        <Col>
          <Section title={t('dashboard.manager.branches')}>
            <StackedTable
              items={figures.branches}
              rowKey={(b) => b.branchId}
              emptyMessage={t('dashboard.manager.noBranch')}
              columns={[
                { header: t('dashboard.manager.branch'), cell: (b) => b.name },
                { header: t('dashboard.manager.clients'), cell: (b) => formatInteger(b.clients, locale), numeric: true },
                { header: t('dashboard.manager.deposits'), cell: (b) => money(b.deposits), numeric: true },
                { header: t('dashboard.manager.loans'), cell: (b) => money(b.loansOutstanding), numeric: true },
                { header: t('dashboard.manager.par30'), cell: (b) => percent(b.par30), numeric: true },
              ]}
            />
          </Section>
        </Col>
      </Row>
    </>
  );
}
