import type { WorkingAccount, WorkingClient, WorkingLoan, WorkingParticipant } from '@/features/sync/types';

/** What an operation is recorded on: an account (deposit), a loan (repayment), a participation (contribution). */
export type Target =
  | { kind: 'Deposit'; account: WorkingAccount }
  | { kind: 'LoanRepayment'; loan: WorkingLoan }
  | { kind: 'TontineContribution'; participant: WorkingParticipant };

export function targetId(target: Target) {
  switch (target.kind) {
    case 'Deposit':
      return target.account.id;
    case 'LoanRepayment':
      return target.loan.id;
    case 'TontineContribution':
      return target.participant.id;
  }
}

export function targetLabel(target: Target) {
  switch (target.kind) {
    case 'Deposit':
      return target.account.number;
    case 'LoanRepayment':
      return target.loan.number;
    case 'TontineContribution':
      return target.participant.tontineName;
  }
}

export function targetStatus(target: Target) {
  switch (target.kind) {
    case 'Deposit':
      return target.account.status;
    case 'LoanRepayment':
      return target.loan.status;
    case 'TontineContribution':
      return target.participant.status;
  }
}

export const clientName = (client: WorkingClient) => `${client.firstName} ${client.lastName}`;
