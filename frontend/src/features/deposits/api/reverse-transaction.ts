import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

/** One key per decision: a retry replays the first answer and reverses nothing twice. */
type ReverseTransactionVariables = { id: string; data: ReasonInput; idempotencyKey: string };

/** A correction (contre-passation): a reversal entry restores the balance(s); the movement is marked reversed. */
export function reverseTransaction({ id, data, idempotencyKey }: ReverseTransactionVariables) {
  return unwrap(
    api.POST('/api/v1/transactions/{id}/reverse', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export function useReverseTransaction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reverseTransaction, onSuccess: () => invalidateMoneyQueries(queryClient) });
}
