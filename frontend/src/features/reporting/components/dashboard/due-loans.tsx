import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import type { AgentDashboard } from '@/features/reporting/api/get-dashboard';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type DueLoansProps = { title: string; due: AgentDashboard['late']; empty: string };

/** Loans to collect, most urgent first: client, loan number, due date or days late, amount; each opens its loan. */
export function DueLoans({ title, due, empty }: DueLoansProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  return (
    <Section title={`${title} (${due.count})`}>
      {due.loans.length === 0 ? (
        <p className="text-body-secondary">{empty}</p>
      ) : (
        <ListGroup>
          {due.loans.map((loan) => (
            <ListGroup.Item key={loan.loanId} action as={Link} to={paths.loan.getHref(loan.loanId)}
              className="d-flex justify-content-between align-items-start gap-2">
              <div className="text-break">
                <div className="fw-semibold">{loan.clientName}</div>
                <div className="small text-body-secondary">
                  {loan.loanNumber} ·{' '}
                  {loan.daysLate > 0
                    ? t('dashboard.agent.daysLate', { count: loan.daysLate })
                    : t('dashboard.agent.dueOn', { date: formatDate(loan.dueDate, locale) })}
                </div>
              </div>
              <span className={`text-nowrap ${loan.daysLate > 0 ? 'text-danger' : ''}`}>
                {formatMoney(loan.amount, currency, locale)}
              </span>
            </ListGroup.Item>
          ))}
        </ListGroup>
      )}
      {due.count > due.loans.length && (
        <p className="small text-body-secondary mt-2">
          {t('dashboard.agent.more', { count: due.count - due.loans.length, amount: formatMoney(due.amount, currency, locale) })}
        </p>
      )}
    </Section>
  );
}
