import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usersQueryKey } from '@/features/identity-access/api/get-users';
import { api, unwrap } from '@/lib/api-client';

export function deactivateUser(id: string) {
  return unwrap(api.POST('/api/v1/users/{id}/deactivate', { params: { path: { id } } }));
}

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
