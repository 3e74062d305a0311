import { useMutation, useQueryClient } from '@tanstack/react-query';

import { withdrawalsQueryKey } from '@/features/deposits/api/get-withdrawals';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

export function rejectWithdrawal({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(api.POST('/api/v1/withdrawals/{id}/reject', { params: { path: { id } }, body: data }));
}

export function useRejectWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectWithdrawal,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: withdrawalsQueryKey }),
  });
}
