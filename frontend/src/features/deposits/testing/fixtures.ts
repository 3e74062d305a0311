import type { Account } from '@/features/deposits/api/get-accounts';
import type { DepositProduct } from '@/features/deposits/api/get-deposit-products';
import type { Transaction } from '@/features/deposits/api/get-transaction';
import type { Movement } from '@/features/deposits/api/get-transactions';

/** An active savings account in FCFA, as the API lists it. */
export const ACCOUNT: Account = {
  id: 'a1',
  number: 'COT-000123-45',
  clientId: 'c1',
  clientName: 'Awa Koné',
  clientNumber: 'CL-000042',
  productId: 'p1',
  productName: 'Épargne ordinaire',
  productKind: 'Savings',
  openingFee: 0,
  minimumBalance: 0,
  branchId: 'b1',
  branchName: 'Agence Cotonou Centre',
  status: 'Active',
  balance: 200000,
  currency: 'XOF',
  requestedBy: 'u1',
  requestedAt: '2026-11-02T08:00:00Z',
};

/** The demo's "Épargne Classique": 3,5 % a year, 5 000 FCFA kept on the account, a 2 000 FCFA opening fee. */
export const PRODUCT: DepositProduct = {
  id: 'p1',
  code: 'EPARGNE',
  name: 'Épargne Classique',
  kind: 'Savings',
  annualInterestRatePercent: 3.5,
  minimumBalance: 5000,
  openingFee: 2000,
  withdrawalApprovalThreshold: 500000,
  allowsSingleStepOpening: false,
  depositsGlAccountId: 'g1',
  feeIncomeGlAccountId: 'g2',
  interestExpenseGlAccountId: 'g3',
  isActive: true,
};

/** A movement on {@link ACCOUNT}: a cash deposit unless `change` says otherwise. */
export function movement(sequence: number, change: Partial<Transaction> = {}): Transaction {
  return {
    id: `t${sequence}`,
    accountId: ACCOUNT.id,
    accountNumber: ACCOUNT.number,
    clientName: ACCOUNT.clientName,
    sequence,
    type: 'Deposit',
    amount: 0,
    isCredit: true,
    balanceAfter: 0,
    currency: 'XOF',
    valueDate: '2026-11-20',
    channel: 'Cash',
    journalEntryId: `j${sequence}`,
    journalEntryNumber: sequence,
    createdAt: '2026-11-20T09:00:00Z',
    ...change,
  };
}

/** A row of the transaction explorer: a cash deposit on {@link ACCOUNT} unless `change` says otherwise (a repayment…). */
export function explorerRow(sequence: number, change: Partial<Movement> = {}): Movement {
  return {
    id: `t${sequence}`,
    source: 'AccountTransaction',
    type: 'Deposit',
    amount: 0,
    isCredit: true,
    currency: 'XOF',
    valueDate: '2026-11-20',
    channel: 'Cash',
    clientId: ACCOUNT.clientId,
    clientName: ACCOUNT.clientName,
    clientNumber: ACCOUNT.clientNumber,
    branchId: ACCOUNT.branchId,
    accountId: ACCOUNT.id,
    accountNumber: ACCOUNT.number,
    balanceAfter: 0,
    journalEntryId: `j${sequence}`,
    journalEntryNumber: sequence,
    sequence,
    createdAt: '2026-11-20T09:00:00Z',
    ...change,
  };
}
