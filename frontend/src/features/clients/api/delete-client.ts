import { useMutation, useQueryClient } from '@tanstack/react-query';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';

/** Only a client registered by mistake (no account): otherwise the API answers 409 with the reason. */
export function deleteClient(id: string) {
  return unwrap(api.DELETE('/api/v1/clients/{id}', { params: { path: { id } } }));
}

export function useDeleteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsQueryKey }),
  });
}
