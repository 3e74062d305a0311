import type { LoanProduct } from '@/features/loans/api/get-loan-products';
import type { Loan } from '@/features/loans/api/get-loans';
import type { Simulation } from '@/features/loans/api/simulate-loan';

/** The demo's "Crédit Commerce", as the API lists it. */
export const PRODUCT: LoanProduct = {
  id: 'p1',
  code: 'COMMERCE',
  name: 'Crédit Commerce',
  minAmount: 25000,
  maxAmount: 2000000,
  minInstallments: 3,
  maxInstallments: 24,
  frequency: 'Monthly',
  interestMethod: 'DecliningBalance',
  amortization: 'EqualInstallments',
  minRatePercent: 12,
  maxRatePercent: 20,
  maxGracePeriods: 2,
  processingFeePercent: 1,
  penaltyKind: 'DailyRateOnOverdue',
  penaltyValue: 0.1,
  guaranteeRequiredAbove: 1000000,
  minSavingsAgeDays: 0,
  maxAmountToSavingsRatio: 0,
  isActive: true,
};

/** The terms of {@link LOAN}: 12 % a year over 3 monthly installments, declining balance, the product's 1 % fee. */
export const TERMS = {
  annualInterestRatePercent: 12,
  numberOfInstallments: 3,
  frequency: 'Monthly',
  interestMethod: 'DecliningBalance',
  amortization: 'EqualInstallments',
  gracePeriods: 0,
  processingFeePercent: 1,
} as const satisfies Partial<Loan>;

/** What the API simulates for 100 000 FCFA at 12 % over 3 months (1 % fee), disbursed on 21 November 2026. */
export const SIMULATION: Simulation = {
  installments: [
    {
      number: 1,
      dueDate: '2026-12-21',
      principal: 33002,
      interest: 1000,
      fees: 1000,
      total: 35002,
      outstandingAfter: 66998,
    },
    {
      number: 2,
      dueDate: '2027-01-21',
      principal: 33332,
      interest: 670,
      fees: 0,
      total: 34002,
      outstandingAfter: 33666,
    },
    { number: 3, dueDate: '2027-02-21', principal: 33666, interest: 337, fees: 0, total: 34003, outstandingAfter: 0 },
  ],
  totalPrincipal: 100000,
  totalInterest: 2007,
  totalFees: 1000,
  aprPercent: 18.04,
};

/** That loan, disbursed in cash and not repaid yet. */
export const LOAN: Loan = {
  id: 'l1',
  number: 'PR-000042',
  clientId: 'c1',
  clientName: 'Afiavi Houngbédji',
  productId: PRODUCT.id,
  productName: PRODUCT.name,
  branchId: 'b1',
  status: 'Active',
  principal: 100000,
  ...TERMS,
  purpose: 'Stock de pagnes',
  createdBy: 'u1',
  createdAt: '2026-11-20T09:00:00Z',
  disbursementDate: '2026-11-21',
  totalInterest: 2007,
  totalFees: 1000,
  totalPenalties: 0,
  totalRepaid: 0,
  outstanding: 103007,
  outstandingPrincipal: 100000,
  daysInArrears: 0,
  nextDueDate: '2026-12-21',
  nextDueAmount: 35002,
  currency: 'XOF',
};
