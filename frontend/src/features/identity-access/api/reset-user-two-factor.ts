import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usersQueryKey } from '@/features/identity-access/api/get-users';
import { api, unwrap } from '@/lib/api-client';

export function resetUserTwoFactor(id: string) {
  return unwrap(api.POST('/api/v1/users/{id}/2fa/reset', { params: { path: { id } } }));
}

export function useResetUserTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
