import { useMutation, useQueryClient } from '@tanstack/react-query';

import { tontineWithdrawalsQueryKey } from '@/features/tontines/api/get-tontine-withdrawals';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

export function rejectTontineWithdrawal({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(
    api.POST('/api/v1/tontine-withdrawals/{id}/reject', { params: { path: { id } }, body: data }),
  );
}

export function useRejectTontineWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectTontineWithdrawal,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tontineWithdrawalsQueryKey }),
  });
}
