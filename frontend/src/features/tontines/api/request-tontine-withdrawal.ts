import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { invalidateTontineQueries } from '@/features/tontines/api/invalidate-tontine-queries';
import { api, unwrap } from '@/lib/api-client';
import { positiveMoneySchema } from '@/lib/validation';

/** An amount of the participant's savings, at most what is saved (the API checks it again: tontine_insufficient_savings). */
export const tontineWithdrawalInputSchema = (currency: string, savedBalance: number) =>
  z.object({
    amount: positiveMoneySchema(currency).refine((amount) => amount <= savedBalance, 'tontines.withdrawals.aboveSavings'),
  });

export type TontineWithdrawalFormValues = z.input<ReturnType<typeof tontineWithdrawalInputSchema>>;
export type TontineWithdrawalInput = z.output<ReturnType<typeof tontineWithdrawalInputSchema>>;

/** The key is made once per amount asked: a retry of the same request replays the first answer and asks once. */
export type RequestTontineWithdrawalVariables = {
  participantId: string;
  data: TontineWithdrawalInput;
  idempotencyKey: string;
};

/** Asks for the withdrawal: it waits for someone other than the requester to approve it. */
export function requestTontineWithdrawal({ participantId, data, idempotencyKey }: RequestTontineWithdrawalVariables) {
  return unwrap(
    api.POST('/api/v1/tontine-participants/{id}/withdrawals', {
      params: { path: { id: participantId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export function useRequestTontineWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: requestTontineWithdrawal, onSuccess: () => invalidateTontineQueries(queryClient) });
}
