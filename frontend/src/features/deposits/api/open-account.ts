import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { accountsQueryKey } from '@/features/deposits/api/get-accounts';
import { api, unwrap } from '@/lib/api-client';

export const openAccountInputSchema = z.object({ productId: z.string().min(1, 'validation.required') });

export type OpenAccountInput = z.infer<typeof openAccountInputSchema>;

type OpenAccountVariables = { clientId: string; data: OpenAccountInput; idempotencyKey: string };

/** Requested, or Active at once for a single-step product (which may post an opening fee: hence the key). */
export function openAccount({ clientId, data, idempotencyKey }: OpenAccountVariables) {
  return unwrap(
    api.POST('/api/v1/accounts', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { clientId, productId: data.productId },
    }),
  );
}

export function useOpenAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}
