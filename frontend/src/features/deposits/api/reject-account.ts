import { useMutation, useQueryClient } from '@tanstack/react-query';

import { accountsQueryKey } from '@/features/deposits/api/get-accounts';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

/** Refuses a requested opening with a reason; refused (422 maker_checker) to the person who requested the account. */
export function rejectAccount({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(api.POST('/api/v1/accounts/{id}/reject', { params: { path: { id } }, body: data }));
}

export function useRejectAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}
