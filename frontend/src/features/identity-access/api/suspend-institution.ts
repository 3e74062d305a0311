import { useMutation, useQueryClient } from '@tanstack/react-query';

import { institutionsQueryKey } from '@/features/identity-access/api/get-institutions';
import { api, unwrap } from '@/lib/api-client';

export function suspendInstitution(id: string) {
  return unwrap(api.POST('/api/v1/institutions/{id}/suspend', { params: { path: { id } } }));
}

export function useSuspendInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: suspendInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsQueryKey }),
  });
}
