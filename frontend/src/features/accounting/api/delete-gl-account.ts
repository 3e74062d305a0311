import { useMutation, useQueryClient } from '@tanstack/react-query';

import { glAccountsQueryKey } from '@/features/accounting/api/get-gl-accounts';
import { api, unwrap } from '@/lib/api-client';

/** Only an account nothing refers to: one with postings or mapped to a product answers 409 gl_account_in_use. */
export function deleteGlAccount(id: string) {
  return unwrap(api.DELETE('/api/v1/gl-accounts/{id}', { params: { path: { id } } }));
}

export function useDeleteGlAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteGlAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: glAccountsQueryKey }),
  });
}
