import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ClientInput } from '@/lib/client-input';
import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';

/** An edit always names the branch (the client's own when the form could not offer a choice). */
export function updateClient({ id, data }: { id: string; data: ClientInput & { branchId: string } }) {
  return unwrap(api.PUT('/api/v1/clients/{id}', { params: { path: { id } }, body: data }));
}

export function useUpdateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsQueryKey }),
  });
}
