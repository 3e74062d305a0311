import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { paths } from '@/config/paths';
import { isGranted, type Loan } from '@/features/loans/api/get-loans';
import { ArrearsBadge, LoanStatusBadge } from '@/features/loans/components/loan-status-badge';
import { formatDate, formatDateTime, formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type LoanTermsDescription = Pick<
  Loan,
  | 'annualInterestRatePercent'
  | 'numberOfInstallments'
  | 'frequency'
  | 'interestMethod'
  | 'amortization'
  | 'gracePeriods'
>;

/** The terms in one line: "12 % a year, 3 monthly installments, declining balance, equal installments". */
function useTermsLabel() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (terms: LoanTermsDescription) =>
    [
      t('loans.terms.rate', { rate: formatPercent(terms.annualInterestRatePercent, locale) }),
      t('loans.terms.installments', {
        count: terms.numberOfInstallments,
        frequency: t(`frequencies.${terms.frequency}`),
      }),
      t(`interestMethods.${terms.interestMethod}`),
      t(`amortizations.${terms.amortization}`),
      ...(terms.gracePeriods > 0 ? [t('loans.terms.grace', { count: terms.gracePeriods })] : []),
    ].join(', ');
}

/** Where the loan stands: what is left to repay first, then what was lent, on which terms, and what is late. */
export function LoanSummary({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const termsLabel = useTermsLabel();
  const money = (amount: number) => formatMoney(amount, loan.currency, locale);
  const disbursementDate = loan.disbursementDate;
  // "Montant demandé" until the loan is approved (or when it never was), "Montant accordé" from then on.
  const principalLabel = t(isGranted(loan.status) ? 'loans.principal' : 'loans.requestedPrincipal');
  const nextDue =
    loan.nextDueDate && loan.nextDueAmount !== null && loan.nextDueAmount !== undefined
      ? t('loans.nextDueValue', { date: formatDate(loan.nextDueDate, locale), amount: money(loan.nextDueAmount) })
      : null;

  return (
    <Card className="mb-4">
      <Card.Body>
        <Row className="g-3">
          <Col md={6}>
            <p className="text-body-secondary mb-1">{disbursementDate ? t('loans.outstanding') : principalLabel}</p>
            <p className="display-6 mb-3">{money(disbursementDate ? loan.outstanding : loan.principal)}</p>
            <DetailsList
              details={[
                {
                  label: t('common.status'),
                  value: (
                    <>
                      <LoanStatusBadge status={loan.status} />
                      <ArrearsBadge days={loan.daysInArrears} />
                    </>
                  ),
                },
                ...(loan.statusReason ? [{ label: t('loans.statusReason'), value: loan.statusReason }] : []),
                {
                  label: t('loans.client'),
                  value: <Link to={paths.client.getHref(loan.clientId)}>{loan.clientName}</Link>,
                },
                { label: t('loans.product'), value: loan.productName },
                { label: principalLabel, value: money(loan.principal) },
                { label: t('loans.termsLabel'), value: termsLabel(loan) },
                { label: t('loans.processingFee'), value: formatPercent(loan.processingFeePercent, locale) },
                { label: t('loans.purpose'), value: loan.purpose },
                { label: t('loans.guarantee'), value: loan.guarantee },
                { label: t('loans.createdAt'), value: formatDateTime(loan.createdAt, locale) },
              ]}
            />
          </Col>
          {disbursementDate && (
            <Col md={6}>
              <DetailsList
                details={[
                  { label: t('loans.disbursementDate'), value: formatDate(disbursementDate, locale) },
                  { label: t('schedule.interest'), value: money(loan.totalInterest) },
                  { label: t('schedule.fees'), value: money(loan.totalFees) },
                  { label: t('schedule.penalties'), value: money(loan.totalPenalties) },
                  { label: t('loans.totalRepaid'), value: money(loan.totalRepaid) },
                  { label: t('loans.outstanding'), value: <strong>{money(loan.outstanding)}</strong> },
                  { label: t('loans.outstandingPrincipal'), value: money(loan.outstandingPrincipal) },
                  { label: t('loans.daysInArrears'), value: String(loan.daysInArrears) },
                  { label: t('loans.nextDue'), value: nextDue },
                ]}
              />
            </Col>
          )}
        </Row>
      </Card.Body>
    </Card>
  );
}
