import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { depositProductsQueryKey } from '@/features/deposits/api/get-deposit-products';
import { api, unwrap } from '@/lib/api-client';
import { DEFAULT_CURRENCY } from '@/lib/format';
import { moneySchema, positiveMoneySchema, ratePercentSchema, requiredTextSchema } from '@/lib/validation';

/** The terms of a product, which an administrator may change at any time (GL accounts keep their defaults). */
export const updateDepositProductInputSchema = z.object({
  name: requiredTextSchema(120),
  annualInterestRatePercent: ratePercentSchema,
  minimumBalance: moneySchema(DEFAULT_CURRENCY),
  openingFee: moneySchema(DEFAULT_CURRENCY),
  /** Blank: every withdrawal is paid at once. */
  withdrawalApprovalThreshold: z.union([z.literal('').transform(() => null), positiveMoneySchema(DEFAULT_CURRENCY)]),
  allowsSingleStepOpening: z.boolean(),
});

export type UpdateDepositProductInput = z.infer<typeof updateDepositProductInputSchema>;

export function updateDepositProduct({ id, data }: { id: string; data: UpdateDepositProductInput }) {
  return unwrap(api.PUT('/api/v1/deposit-products/{id}', { params: { path: { id } }, body: data }));
}

export function useUpdateDepositProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDepositProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: depositProductsQueryKey }),
  });
}
