import { useMutation, useQueryClient } from '@tanstack/react-query';

import { accountsQueryKey } from '@/features/deposits/api/get-accounts';
import { api, unwrap } from '@/lib/api-client';

/** KYC checked; refused (422 maker_checker) to the person who requested the account. */
export function approveAccount(id: string) {
  return unwrap(api.POST('/api/v1/accounts/{id}/approve', { params: { path: { id } } }));
}

export function useApproveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}
