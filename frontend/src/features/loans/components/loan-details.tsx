import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { PdfDownloadButton } from '@/components/ui/pdf-download-button';
import { PrintButton } from '@/components/ui/print-button';
import { QueryView } from '@/components/ui/query-view';
import { downloadDisbursementVoucherPdf } from '@/features/loans/api/download-disbursement-voucher-pdf';
import { downloadLoanOfferPdf } from '@/features/loans/api/download-loan-offer-pdf';
import { useLoan } from '@/features/loans/api/get-loan';
import type { Loan, LoanStatus } from '@/features/loans/api/get-loans';
import { LoanActions } from '@/features/loans/components/loan-actions';
import { LoanRepayments } from '@/features/loans/components/loan-repayments';
import { LoanSchedule } from '@/features/loans/components/loan-schedule';
import { LoanSummary } from '@/features/loans/components/loan-summary';
import { ProjectedSchedule } from '@/features/loans/components/projected-schedule';

/** Applications still on their way to a disbursement: their schedule is a projection. */
const PENDING: readonly LoanStatus[] = ['Draft', 'Submitted', 'UnderReview', 'Recommended', 'Approved'];

/**
 * A loan's page: what may be done with it now, where it stands, then its schedule — fixed with what is paid and late
 * once disbursed, projected before — and its repayments.
 */
export function LoanDetails({
  loanId,
  actions,
}: {
  loanId: string;
  /** What other features offer to do with the loan (a mobile-money repayment), beside its own actions. */
  actions?: (loan: Loan) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <QueryView query={useLoan(loanId)}>
      {(loan) => (
        <>
          <PageHeader
            title={t('loans.titleOf', { number: loan.number })}
            actions={
              <div className="d-flex flex-wrap gap-2">
                <LoanActions loan={loan} />
                {actions?.(loan)}
                <PrintButton />
                {PENDING.includes(loan.status) && (
                  <PdfDownloadButton label={t('documents.loanOfferPdf')} download={() => downloadLoanOfferPdf(loan.id)} />
                )}
                {loan.disbursementDate && (
                  <PdfDownloadButton
                    label={t('documents.disbursementVoucherPdf')}
                    download={() => downloadDisbursementVoucherPdf(loan.id)}
                  />
                )}
              </div>
            }
          />
          <LoanSummary loan={loan} />
          {PENDING.includes(loan.status) && <ProjectedSchedule loan={loan} />}
          {loan.disbursementDate && (
            <>
              <LoanSchedule loan={loan} />
              <LoanRepayments loan={loan} />
            </>
          )}
        </>
      )}
    </QueryView>
  );
}
