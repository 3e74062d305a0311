import { useMutation, useQueryClient } from '@tanstack/react-query';

import { accountsQueryKey } from '@/features/deposits/api/get-accounts';
import { api, unwrap } from '@/lib/api-client';

/** Only an active account whose balance is zero. */
export function closeAccount(id: string) {
  return unwrap(api.POST('/api/v1/accounts/{id}/close', { params: { path: { id } } }));
}

export function useCloseAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}
