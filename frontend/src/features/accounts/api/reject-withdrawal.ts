import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { withdrawalsQueryKey } from '@/features/accounts/api/get-withdrawals';
import { api, unwrap } from '@/lib/api-client';
import { requiredTextSchema } from '@/lib/validation';

export const rejectWithdrawalInputSchema = z.object({ reason: requiredTextSchema(300) });

export type RejectWithdrawalInput = z.infer<typeof rejectWithdrawalInputSchema>;

export function rejectWithdrawal({ id, data }: { id: string; data: RejectWithdrawalInput }) {
  return unwrap(api.POST('/api/v1/withdrawals/{id}/reject', { params: { path: { id } }, body: data }));
}

export function useRejectWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectWithdrawal,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: withdrawalsQueryKey }),
  });
}
