import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClientsQueryKey } from '@/features/identity-access/api/get-api-clients';
import { api, unwrap } from '@/lib/api-client';

export function rotateApiClientSecret(id: string) {
  return unwrap(api.POST('/api/v1/api-clients/{id}/rotate-secret', { params: { path: { id } } }));
}

export function useRotateApiClientSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateApiClientSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}
