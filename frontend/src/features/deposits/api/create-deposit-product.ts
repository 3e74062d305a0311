import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { depositProductsQueryKey, type DepositProduct } from '@/features/deposits/api/get-deposit-products';
import { updateDepositProductInputSchema } from '@/features/deposits/api/update-deposit-product';
import { api, unwrap } from '@/lib/api-client';

export const PRODUCT_KINDS = ['Savings', 'Current'] as const satisfies readonly DepositProduct['kind'][];

/** The code and the kind, fixed once the product exists, then the terms an edit may change. */
export const createDepositProductInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,16}$/, 'depositProducts.codeFormat'),
  kind: z.enum(PRODUCT_KINDS),
  ...updateDepositProductInputSchema.shape,
});

export type CreateDepositProductInput = z.infer<typeof createDepositProductInputSchema>;

export function createDepositProduct(body: CreateDepositProductInput) {
  return unwrap(api.POST('/api/v1/deposit-products', { body }));
}

export function useCreateDepositProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDepositProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: depositProductsQueryKey }),
  });
}
