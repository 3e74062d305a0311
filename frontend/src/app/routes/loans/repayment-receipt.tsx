import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { RepaymentReceipt } from '@/features/loans/components/repayment-receipt';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function RepaymentReceiptRoute() {
  const { loanId = '', repaymentId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.loans} forbiddenFallback={<Forbidden />}>
      <RepaymentReceipt loanId={loanId} repaymentId={repaymentId} />
    </Authorization>
  );
}
