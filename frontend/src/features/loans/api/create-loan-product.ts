import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { loanProductsQueryKey } from '@/features/loans/api/get-loan-products';
import {
  loanProductTermsSchema,
  withOrderedBounds,
  type LoanProductTerms,
} from '@/features/loans/api/update-loan-product';
import { api, unwrap } from '@/lib/api-client';

/** The code, fixed once the product exists, then the terms an edit may change. */
export const createLoanProductInputSchema = (currency: string) =>
  withOrderedBounds(
    loanProductTermsSchema(currency).extend({
      code: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9-]{2,16}$/, 'loanProducts.codeFormat'),
    }),
  );

export type CreateLoanProductInput = LoanProductTerms & { code: string };

export function createLoanProduct(body: CreateLoanProductInput) {
  return unwrap(api.POST('/api/v1/loan-products', { body }));
}

export function useCreateLoanProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLoanProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loanProductsQueryKey }),
  });
}
