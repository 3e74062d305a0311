import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MovementVariables } from '@/features/deposits/api/deposit';
import type { Transaction } from '@/features/deposits/api/get-transaction';
import type { WithdrawalRequest } from '@/features/deposits/api/get-withdrawals';
import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { api } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';

/** Posted at once (201), or, above the product's threshold, waiting for a supervisor's approval (202). */
export type WithdrawalOutcome =
  { status: 'posted'; transaction: Transaction } | { status: 'pending'; request: WithdrawalRequest };

export async function withdraw({ accountId, data, idempotencyKey }: MovementVariables): Promise<WithdrawalOutcome> {
  const {
    data: body,
    error,
    response,
  } = await api.POST('/api/v1/accounts/{id}/withdrawals', {
    params: { path: { id: accountId }, header: { 'Idempotency-Key': idempotencyKey } },
    body: data,
  });
  if (!response.ok || !body) throw ApiError.fromResponse(response, error);
  // The status tells which of the two bodies the API sent.
  return response.status === 202
    ? { status: 'pending', request: body as WithdrawalRequest }
    : { status: 'posted', transaction: body as Transaction };
}

export function useWithdraw() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdraw, onSuccess: () => invalidateMoneyQueries(queryClient) });
}
