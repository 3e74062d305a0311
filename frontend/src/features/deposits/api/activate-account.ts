import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { CHANNELS } from '@/features/deposits/api/get-transaction';
import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { api, unwrap } from '@/lib/api-client';

export const activateAccountInputSchema = z.object({ channel: z.enum(CHANNELS) });

export type ActivateAccountInput = z.infer<typeof activateAccountInputSchema>;

type ActivateAccountVariables = { id: string; data: ActivateAccountInput; idempotencyKey: string };

/** Activates an approved account and posts the product's opening fee, paid through the channel. */
export function activateAccount({ id, data, idempotencyKey }: ActivateAccountVariables) {
  return unwrap(
    api.POST('/api/v1/accounts/{id}/activate', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export function useActivateAccount() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: activateAccount, onSuccess: () => invalidateMoneyQueries(queryClient) });
}
