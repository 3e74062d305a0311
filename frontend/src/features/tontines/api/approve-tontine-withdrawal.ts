import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateTontineQueries } from '@/features/tontines/api/invalidate-tontine-queries';
import { api, unwrap } from '@/lib/api-client';

/** Pays the withdrawal out of the savings; refused (422 maker_checker) to the person who asked for it. */
export function approveTontineWithdrawal({ id, idempotencyKey }: { id: string; idempotencyKey: string }) {
  return unwrap(
    api.POST('/api/v1/tontine-withdrawals/{id}/approve', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useApproveTontineWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveTontineWithdrawal, onSuccess: () => invalidateTontineQueries(queryClient) });
}
