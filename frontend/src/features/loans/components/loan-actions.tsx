import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import type { Loan, LoanStatus } from '@/features/loans/api/get-loans';
import { DisburseLoanDialog } from '@/features/loans/components/disburse-loan-dialog';
import { RepaymentDialog } from '@/features/loans/components/repayment-dialog';
import { ReviewLoanDialog } from '@/features/loans/components/review-loan-dialog';
import { ConfirmStepDialog, ReasonStepDialog, WriteOffDialog } from '@/features/loans/components/workflow-dialogs';
import { useCurrentUser } from '@/lib/auth';
import { hasAnyRole, POLICIES, type Role } from '@/lib/authorization';

export type LoanAction =
  'submit' | 'review' | 'recommend' | 'return' | 'approve' | 'reject' | 'disburse' | 'repay' | 'writeOff' | 'cancel';

/** What each status allows, most expected first (as the API's workflow does). */
const ACTIONS_BY_STATUS: Record<LoanStatus, readonly LoanAction[]> = {
  Draft: ['submit', 'cancel'],
  Submitted: ['review', 'return', 'cancel'],
  UnderReview: ['recommend', 'review', 'return', 'cancel'],
  Recommended: ['approve', 'reject', 'return', 'cancel'],
  Approved: ['disburse', 'cancel'],
  Active: ['repay', 'writeOff'],
  Rejected: [],
  Cancelled: [],
  Repaid: [],
  WrittenOff: [],
};

/** Who may take each action (as the API allows it). */
const ALLOWED: Record<LoanAction, readonly Role[]> = {
  submit: POLICIES.loanOfficer,
  cancel: POLICIES.loanOfficer,
  repay: POLICIES.loanOfficer,
  review: POLICIES.loanReview,
  recommend: POLICIES.loanReview,
  return: POLICIES.loanReview,
  approve: POLICIES.loanDecision,
  reject: POLICIES.loanDecision,
  writeOff: POLICIES.loanDecision,
  disburse: POLICIES.loanServicing,
};

const VARIANTS: Partial<Record<LoanAction, string>> = {
  return: 'outline-secondary',
  reject: 'outline-danger',
  cancel: 'outline-danger',
  writeOff: 'outline-danger',
};

function ActionDialog({ action, loan, onClose }: { action: LoanAction; loan: Loan; onClose: () => void }) {
  switch (action) {
    case 'submit':
    case 'recommend':
    case 'approve':
      return <ConfirmStepDialog action={action} loan={loan} onClose={onClose} />;
    case 'return':
    case 'reject':
    case 'cancel':
      return <ReasonStepDialog action={action} loan={loan} onClose={onClose} />;
    case 'review':
      return <ReviewLoanDialog loan={loan} onClose={onClose} />;
    case 'disburse':
      return <DisburseLoanDialog loan={loan} onClose={onClose} />;
    case 'repay':
      return <RepaymentDialog loan={loan} onClose={onClose} />;
    case 'writeOff':
      return <WriteOffDialog loan={loan} onClose={onClose} />;
  }
}

type LoanActionsProps = {
  loan: Loan;
  /** Offer only these (an inbox offers its own steps); all that apply otherwise. */
  only?: readonly LoanAction[];
  size?: 'sm';
};

/** The buttons for what the user may do with the loan now, given its status and the user's roles. */
export function LoanActions({ loan, only, size }: LoanActionsProps) {
  const { t } = useTranslation();
  const { roles } = useCurrentUser();
  const [action, setAction] = useState<LoanAction | null>(null);
  const available = ACTIONS_BY_STATUS[loan.status].filter(
    (candidate) => hasAnyRole(roles, ALLOWED[candidate]) && (!only || only.includes(candidate)),
  );
  if (available.length === 0) return null;

  return (
    <div className="d-flex flex-wrap gap-2 justify-content-end d-print-none">
      {available.map((candidate) => (
        <Button
          key={candidate}
          size={size}
          variant={VARIANTS[candidate] ?? 'primary'}
          onClick={() => setAction(candidate)}
        >
          {t(`loans.actions.${candidate}`)}
        </Button>
      ))}
      {action && <ActionDialog action={action} loan={loan} onClose={() => setAction(null)} />}
    </div>
  );
}
