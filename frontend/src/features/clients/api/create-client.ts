import { useMutation, useQueryClient } from '@tanstack/react-query';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';
import type { ClientInput } from '@/lib/client-input';

export function createClient(body: ClientInput) {
  return unwrap(api.POST('/api/v1/clients', { body }));
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsQueryKey }),
  });
}
