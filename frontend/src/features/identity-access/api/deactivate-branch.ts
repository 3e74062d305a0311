import { useMutation, useQueryClient } from '@tanstack/react-query';

import { branchesQueryKey } from '@/features/identity-access/api/get-branches';
import { api, unwrap } from '@/lib/api-client';

export function deactivateBranch(id: string) {
  return unwrap(api.POST('/api/v1/branches/{id}/deactivate', { params: { path: { id } } }));
}

export function useDeactivateBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateBranch,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: branchesQueryKey }),
  });
}
