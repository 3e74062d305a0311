import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import {
  AMORTIZATIONS,
  FREQUENCIES,
  INTEREST_METHODS,
  loanProductsQueryKey,
  PENALTY_KINDS,
} from '@/features/loans/api/get-loan-products';
import { api, unwrap } from '@/lib/api-client';
import {
  decimalSchema,
  positiveMoneySchema,
  ratePercentSchema,
  requiredTextSchema,
  wholeNumberSchema,
} from '@/lib/validation';

/** Each minimum at most its maximum: said on the maximum. */
const ORDERED_BOUNDS = [
  ['minAmount', 'maxAmount'],
  ['minInstallments', 'maxInstallments'],
  ['minRatePercent', 'maxRatePercent'],
] as const;

/** The terms of a loan product, in the institution's currency; an administrator may change them at any time. */
export function loanProductTermsSchema(currency: string) {
  return z.object({
    name: requiredTextSchema(120),
    minAmount: positiveMoneySchema(currency),
    maxAmount: positiveMoneySchema(currency),
    minInstallments: wholeNumberSchema(1, 1000),
    maxInstallments: wholeNumberSchema(1, 1000),
    frequency: z.enum(FREQUENCIES),
    interestMethod: z.enum(INTEREST_METHODS),
    amortization: z.enum(AMORTIZATIONS),
    minRatePercent: ratePercentSchema,
    maxRatePercent: ratePercentSchema,
    maxGracePeriods: wholeNumberSchema(0, 24),
    processingFeePercent: decimalSchema(20, 'loanProducts.feeFormat'),
    penaltyKind: z.enum(PENALTY_KINDS),
    penaltyValue: decimalSchema(1_000_000, 'loanProducts.penaltyFormat'),
    /** Blank: a guarantee is never required. */
    guaranteeRequiredAbove: z.union([z.literal('').transform(() => null), positiveMoneySchema(currency)]),
    minSavingsAgeDays: wholeNumberSchema(0, 3650),
    maxAmountToSavingsRatio: decimalSchema(100, 'loanProducts.ratioFormat'),
  });
}

/** Refuses a minimum above its maximum, on the maximum's field. */
export function withOrderedBounds<T extends z.ZodType<Record<(typeof ORDERED_BOUNDS)[number][number], number>>>(
  schema: T,
) {
  return schema.superRefine((terms, context) => {
    for (const [min, max] of ORDERED_BOUNDS) {
      if (terms[min] > terms[max]) context.addIssue({ code: 'custom', message: 'validation.minAboveMax', path: [max] });
    }
  });
}

export type LoanProductTerms = z.output<ReturnType<typeof loanProductTermsSchema>>;

export function updateLoanProduct({ id, data }: { id: string; data: LoanProductTerms }) {
  return unwrap(api.PUT('/api/v1/loan-products/{id}', { params: { path: { id } }, body: data }));
}

export function useUpdateLoanProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLoanProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loanProductsQueryKey }),
  });
}
