import { z } from 'zod';

import type { LoanProduct } from '@/features/loans/api/get-loan-products';
import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import { positiveMoneySchema, ratePercentSchema, wholeNumberSchema } from '@/lib/validation';

/** The terms an applicant asks for and a supervisor may change: amount, term, rate and grace. */
export const loanTermsSchema = (currency: string) =>
  z.object({
    amount: positiveMoneySchema(currency),
    numberOfInstallments: wholeNumberSchema(1, 1000),
    annualInterestRatePercent: ratePercentSchema,
    gracePeriods: wholeNumberSchema(0, 24),
  });

export type LoanTerms = z.output<ReturnType<typeof loanTermsSchema>>;

/** Refuses, each on its field, terms outside the product's bounds (the API checks them again). */
export function checkProductBounds(terms: LoanTerms, product: LoanProduct | undefined, context: z.RefinementCtx) {
  if (!product) return;
  const outside: [keyof LoanTerms, boolean][] = [
    ['amount', terms.amount < product.minAmount || terms.amount > product.maxAmount],
    [
      'numberOfInstallments',
      terms.numberOfInstallments < product.minInstallments || terms.numberOfInstallments > product.maxInstallments,
    ],
    [
      'annualInterestRatePercent',
      terms.annualInterestRatePercent < product.minRatePercent ||
        terms.annualInterestRatePercent > product.maxRatePercent,
    ],
    ['gracePeriods', terms.gracePeriods > product.maxGracePeriods],
  ];
  for (const [field, isOutside] of outside) {
    if (isOutside) context.addIssue({ code: 'custom', message: 'loans.outsideBounds', path: [field] });
  }
}

/** The review's terms, within the bounds of the loan's product. */
export const reviewLoanInputSchema = (currency: string, product: LoanProduct | undefined) =>
  loanTermsSchema(currency).superRefine((terms, context) => checkProductBounds(terms, product, context));

/** Takes a submitted application for review (or reviews it again), with the terms the supervisor settles on. */
export function reviewLoanApplication({ id, data }: { id: string; data: LoanTerms }) {
  return unwrap(api.POST('/api/v1/loan-applications/{id}/review', { params: { path: { id } }, body: data }));
}

export const useReviewLoanApplication = () => useLoanMutation(reviewLoanApplication);
