import { useParams } from 'react-router';

import { ClientPaymentButton } from '@/app/routes/payments/client-payment-button';
import { Forbidden } from '@/components/ui/forbidden';
import type { Loan } from '@/features/loans/api/get-loans';
import { LoanDetails } from '@/features/loans/components/loan-details';
import type { PaymentTarget } from '@/features/payments/api/create-payment';
import { Authorization, POLICIES } from '@/lib/authorization';

/** A running loan may be repaid by mobile money, up to what is left to repay. */
function paymentTarget(loan: Loan): PaymentTarget | null {
  if (loan.status !== 'Active') return null;
  return {
    purpose: 'LoanRepayment',
    id: loan.id,
    number: loan.number,
    clientName: loan.clientName,
    currency: loan.currency,
    maxAmount: loan.outstanding,
  };
}

export default function LoanRoute() {
  const { loanId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.loans} forbiddenFallback={<Forbidden />}>
      <LoanDetails
        loanId={loanId}
        actions={(loan) => <ClientPaymentButton clientId={loan.clientId} target={paymentTarget(loan)} />}
      />
    </Authorization>
  );
}
