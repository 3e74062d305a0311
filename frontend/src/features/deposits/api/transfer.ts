import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { optionalCategorySchema } from '@/features/deposits/api/deposit';
import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { api, unwrap } from '@/lib/api-client';
import { optionalTextSchema, positiveMoneySchema } from '@/lib/validation';

export const transferInputSchema = (currency: string) =>
  z.object({
    toAccountId: z.string().min(1, 'accounts.chooseDestination'),
    amount: positiveMoneySchema(currency),
    reference: optionalTextSchema(100),
    categoryId: optionalCategorySchema,
  });

export type TransferFormValues = z.input<ReturnType<typeof transferInputSchema>>;
export type TransferInput = z.output<ReturnType<typeof transferInputSchema>>;

type TransferVariables = { fromAccountId: string; data: TransferInput; idempotencyKey: string };

/** Both sides post in one journal entry; the answer holds the debit and the credit movements. */
export function transfer({ fromAccountId, data, idempotencyKey }: TransferVariables) {
  return unwrap(
    api.POST('/api/v1/transfers', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { fromAccountId, ...data },
    }),
  );
}

export function useTransfer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: transfer, onSuccess: () => invalidateMoneyQueries(queryClient) });
}
