import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { CHANNELS } from '@/features/deposits/api/get-transaction';
import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { api, unwrap } from '@/lib/api-client';
import { optionalTextSchema, positiveMoneySchema } from '@/lib/validation';

/** An operation's optional category: blank ("Sans catégorie") is sent as null. */
export const optionalCategorySchema = z.string().transform((id) => id || null);

/** A deposit or a withdrawal: an amount in the account's currency, the channel the money goes through, a reference. */
export const movementInputSchema = (currency: string) =>
  z.object({
    amount: positiveMoneySchema(currency),
    channel: z.enum(CHANNELS),
    reference: optionalTextSchema(100),
    categoryId: optionalCategorySchema,
  });

export type MovementFormValues = z.input<ReturnType<typeof movementInputSchema>>;
export type MovementInput = z.output<ReturnType<typeof movementInputSchema>>;

/** The key is made once per confirmation: a retry with it replays the first answer and moves no money twice. */
export type MovementVariables = { accountId: string; data: MovementInput; idempotencyKey: string };

export function deposit({ accountId, data, idempotencyKey }: MovementVariables) {
  return unwrap(
    api.POST('/api/v1/accounts/{id}/deposits', {
      params: { path: { id: accountId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export function useDeposit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deposit, onSuccess: () => invalidateMoneyQueries(queryClient) });
}
