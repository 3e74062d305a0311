import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { PdfDownloadButton } from '@/components/ui/pdf-download-button';
import { PrintButton } from '@/components/ui/print-button';
import { QueryView } from '@/components/ui/query-view';
import { paths } from '@/config/paths';
import { downloadRepaymentReceiptPdf } from '@/features/loans/api/download-repayment-receipt-pdf';
import { useLoan } from '@/features/loans/api/get-loan';
import { useLoanRepayments, type LoanRepayment } from '@/features/loans/api/get-loan-repayments';
import type { Loan } from '@/features/loans/api/get-loans';
import { useSplitDetails } from '@/features/loans/components/allocation-details';
import { useCurrentUser } from '@/lib/auth';
import { formatDate, formatDateTime, formatMoney, localToday } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

function Receipt({ loan, repayment }: { loan: Loan; repayment: LoanRepayment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const splitDetails = useSplitDetails(loan.currency);
  const money = (amount: number) => formatMoney(amount, loan.currency, locale);
  return (
    <>
      <Card className="mb-3">
        <Card.Body>
          <div className="text-center mb-3">
            <p className="fw-bold fs-5 mb-0">{user.institutionName}</p>
            <h1 className="h4 mb-0">{t('loans.receiptTitle')}</h1>
          </div>
          <DetailsList
            details={[
              { label: t('receipts.date'), value: formatDateTime(repayment.createdAt, locale) },
              { label: t('receipts.valueDate'), value: formatDate(repayment.date, locale) },
              { label: t('loans.client'), value: loan.clientName },
              { label: t('loans.number'), value: loan.number },
              { label: t('operations.channel'), value: t(`channels.${repayment.channel}`) },
              { label: t('operations.reference'), value: repayment.reference },
              { label: t('operations.amount'), value: <strong className="fs-5">{money(repayment.amount)}</strong> },
              ...splitDetails({
                penalties: repayment.penaltiesPart,
                fees: repayment.feesPart,
                interest: repayment.interestPart,
                principal: repayment.principalPart,
              }),
              {
                label: t('loans.outstandingOn', { date: formatDate(localToday(), locale) }),
                value: money(loan.outstanding),
              },
            ]}
          />
          {repayment.reversedAt && (
            <p className="text-danger mt-3 mb-0">
              {t('loans.reversedOn', {
                date: formatDateTime(repayment.reversedAt, locale),
                reason: repayment.reversalReason ?? '',
              })}
            </p>
          )}
        </Card.Body>
      </Card>
      <div className="d-flex flex-wrap gap-2 d-print-none">
        <PrintButton />
        <PdfDownloadButton download={() => downloadRepaymentReceiptPdf(loan.id, repayment.id)} />
        <Link to={paths.loan.getHref(loan.id)} className="btn btn-outline-secondary">
          {t('loans.backToLoan')}
        </Link>
      </div>
    </>
  );
}

/** The receipt of a repayment as printed for the client: the amount, its split and what is left to repay. */
export function RepaymentReceipt({ loanId, repaymentId }: { loanId: string; repaymentId: string }) {
  const { t } = useTranslation();
  const loan = useLoan(loanId);
  const repayments = useLoanRepayments(loanId);
  return (
    <QueryView query={loan}>
      {(data) => (
        <QueryView query={repayments}>
          {(list) => {
            const repayment = list.find((candidate) => candidate.id === repaymentId);
            return repayment ? <Receipt loan={data} repayment={repayment} /> : <p>{t('loans.noSuchRepayment')}</p>;
          }}
        </QueryView>
      )}
    </QueryView>
  );
}
