import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { LoanDetails } from '@/features/loans/components/loan-details';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function LoanRoute() {
  const { loanId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.loans} forbiddenFallback={<Forbidden />}>
      <LoanDetails loanId={loanId} />
    </Authorization>
  );
}
