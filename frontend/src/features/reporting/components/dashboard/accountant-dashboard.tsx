import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';

import { paths } from '@/config/paths';
import type { AccountantDashboard as AccountantFigures } from '@/features/reporting/api/get-dashboard';
import { FigureCard } from '@/features/reporting/components/dashboard/figure-card';
import { MonthChart } from '@/features/reporting/components/dashboard/month-chart';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** An accountant's landing: treasury positions from the ledger, the month's entries, and twelve months of income and expenses. */
export function AccountantDashboard({ figures }: { figures: AccountantFigures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <>
      <Row xs={1} sm={2} lg={4} className="g-3 mb-4">
        {figures.treasury.map((position) => (
          <Col key={position.code}>
            <FigureCard label={`${position.code} · ${position.name}`} value={money(position.balance)} to={paths.trialBalance.getHref()} />
          </Col>
        ))}
        <Col>
          <FigureCard label={t('dashboard.accountant.entries')} value={formatInteger(figures.entriesThisMonth, locale)} to={paths.journal.getHref()} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.manager.deposits')} value={money(figures.depositsOutstanding)} />
        </Col>
        <Col>
          <FigureCard label={t('dashboard.manager.loans')} value={money(figures.loansOutstanding)} />
        </Col>
      </Row>
      <MonthChart title={t('dashboard.accountant.results')} rows={figures.months} series={[
        { key: 'income', label: t('dashboard.accountant.income'), color: '#198754', kind: 'bar', format: money },
        { key: 'expenses', label: t('dashboard.accountant.expenses'), color: '#dc3545', kind: 'bar', format: money },
      ]} />
    </>
  );
}
