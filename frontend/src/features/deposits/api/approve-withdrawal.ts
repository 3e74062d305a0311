import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { api, unwrap } from '@/lib/api-client';

/** Posts the withdrawal; refused (422 maker_checker) to the person who asked for it. */
export function approveWithdrawal({ id, idempotencyKey }: { id: string; idempotencyKey: string }) {
  return unwrap(
    api.POST('/api/v1/withdrawals/{id}/approve', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useApproveWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveWithdrawal, onSuccess: () => invalidateMoneyQueries(queryClient) });
}
