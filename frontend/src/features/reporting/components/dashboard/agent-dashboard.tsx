import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import type { AgentDashboard as AgentFigures } from '@/features/reporting/api/get-dashboard';
import { DueLoans } from '@/features/reporting/components/dashboard/due-loans';
import { FigureCard } from '@/features/reporting/components/dashboard/figure-card';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** A field agent's day: quick actions first (the phone's thumb zone), then today's collections, then what to collect. */
export function AgentDashboard({ figures }: { figures: AgentFigures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const pending = figures.pending.accountOpenings + figures.pending.withdrawals + figures.pending.loanApplications;
  return (
    <>
      <Section title={t('dashboard.agent.quickActions')}>
        <div className="d-grid gap-2 d-sm-flex flex-wrap">
          <Link to={paths.accounts.getHref()} className="btn btn-primary">{t('dashboard.agent.depositOrWithdrawal')}</Link>
          <Link to={paths.loans.getHref()} className="btn btn-outline-primary">{t('dashboard.agent.repayment')}</Link>
          <Link to={`${paths.clients.getHref()}?nouveau=1`} className="btn btn-outline-primary">{t('dashboard.agent.newClient')}</Link>
        </div>
      </Section>
      <Row xs={1} sm={2} lg={4} className="g-3 mb-4">
        <Col>
          <FigureCard label={t('dashboard.agent.collectedToday')} value={money(figures.collectionsToday.amount)}
            detail={figures.collectionsByChannel.length === 0
              ? t('dashboard.agent.noCollection')
              : figures.collectionsByChannel.map((c) => `${t(`channels.${c.channel}`)} : ${money(c.amount)} (${c.count})`).join(' · ')} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.agent.clients')} value={formatInteger(figures.clients, locale)} to={paths.clients.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.agent.pending')} value={formatInteger(pending, locale)}
            detail={t('dashboard.agent.pendingDetail', figures.pending)} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.agent.lateAmount')} value={money(figures.late.amount)}
            detail={t('dashboard.agent.lateLoans', { count: figures.late.count })} />
        </Col>
      </Row>
      <Row xs={1} lg={2} className="g-3">
        <Col>
          <DueLoans title={t('dashboard.agent.late')} due={figures.late} empty={t('dashboard.agent.noneLate')} />
        </Col>
        <Col>
          <DueLoans title={t('dashboard.agent.dueThisWeek')} due={figures.dueThisWeek} empty={t('dashboard.agent.noneDue')} />
        </Col>
      </Row>
    </>
  );
}
