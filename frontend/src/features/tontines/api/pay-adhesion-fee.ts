import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateTontineQueries } from '@/features/tontines/api/invalidate-tontine-queries';
import { api, unwrap } from '@/lib/api-client';

/**
 * The adhesion fee paid in cash: the adhesion becomes Active and its answer names the new participant. (By mobile
 * money the fee goes through the payments API instead, whose webhook activates the adhesion.)
 */
export function payAdhesionFee({ id, idempotencyKey }: { id: string; idempotencyKey: string }) {
  return unwrap(
    api.POST('/api/v1/tontine-adhesions/{id}/pay-fee', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { channel: 'Cash' },
    }),
  );
}

export function usePayAdhesionFee() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: payAdhesionFee, onSuccess: () => invalidateTontineQueries(queryClient) });
}
