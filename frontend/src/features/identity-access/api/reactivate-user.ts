import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usersQueryKey } from '@/features/identity-access/api/get-users';
import { api, unwrap } from '@/lib/api-client';

export function reactivateUser(id: string) {
  return unwrap(api.POST('/api/v1/users/{id}/reactivate', { params: { path: { id } } }));
}

export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactivateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
