import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { useLoans, type GetLoansQuery, type LoanStatus } from '@/features/loans/api/get-loans';
import { LoanActions, type LoanAction } from '@/features/loans/components/loan-actions';
import { LoansTable } from '@/features/loans/components/loans-table';
import { useCurrentUser } from '@/lib/auth';
import { hasAnyRole, POLICIES, type Role } from '@/lib/authorization';

const PAGE_SIZE = 10;

type InboxProps = {
  title: string;
  emptyMessage: string;
  query: Pick<GetLoansQuery, 'status' | 'agentId'>;
  /** The steps offered on each row. */
  actions: readonly LoanAction[];
};

function LoanInbox({ title, emptyMessage, query, actions }: InboxProps) {
  const [page, setPage] = useState(1);
  const loans = useLoans({ ...query, page, pageSize: PAGE_SIZE });
  return (
    <Section title={title}>
      <LoansTable
        query={loans}
        showClient
        actions={(loan) => <LoanActions loan={loan} only={actions} size="sm" />}
        emptyMessage={emptyMessage}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </Section>
  );
}

type InboxDefinition = {
  key: string;
  allowed: readonly Role[];
  status: LoanStatus;
  /** Only what the user created (their own drafts). */
  mine?: boolean;
  actions: readonly LoanAction[];
};

const INBOXES: readonly InboxDefinition[] = [
  { key: 'drafts', allowed: POLICIES.loanOfficer, status: 'Draft', mine: true, actions: ['submit'] },
  { key: 'submitted', allowed: POLICIES.loanReview, status: 'Submitted', actions: ['review', 'return'] },
  {
    key: 'underReview',
    allowed: POLICIES.loanReview,
    status: 'UnderReview',
    actions: ['recommend', 'review', 'return'],
  },
  { key: 'toDecide', allowed: POLICIES.loanDecision, status: 'Recommended', actions: ['approve', 'reject'] },
  { key: 'toDisburse', allowed: POLICIES.loanServicing, status: 'Approved', actions: ['disburse'] },
];

/**
 * What waits on the user, by role: their drafts to submit (front office), applications to review (supervisor),
 * recommended ones to decide on (administrator), approved ones to disburse (supervisor, administrator).
 */
export function LoanInboxes() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return INBOXES.filter((inbox) => hasAnyRole(user.roles, inbox.allowed)).map((inbox) => (
    <LoanInbox
      key={inbox.key}
      title={t(`loans.inboxes.${inbox.key}.title`)}
      emptyMessage={t(`loans.inboxes.${inbox.key}.empty`)}
      query={{ status: inbox.status, agentId: inbox.mine ? user.id : undefined }}
      actions={inbox.actions}
    />
  ));
}
