import { useMutation, useQueryClient } from '@tanstack/react-query';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';

/** The three status changes of a client, one API call each. */
const STATUS_CHANGES = {
  suspend: (id: string) => api.POST('/api/v1/clients/{id}/suspend', { params: { path: { id } } }),
  reactivate: (id: string) => api.POST('/api/v1/clients/{id}/reactivate', { params: { path: { id } } }),
  close: (id: string) => api.POST('/api/v1/clients/{id}/close', { params: { path: { id } } }),
};

export type ClientStatusChange = keyof typeof STATUS_CHANGES;

export function changeClientStatus({ id, change }: { id: string; change: ClientStatusChange }) {
  return unwrap(STATUS_CHANGES[change](id));
}

export function useChangeClientStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeClientStatus,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsQueryKey }),
  });
}
