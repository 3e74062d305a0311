import { useMutation, useQueryClient } from '@tanstack/react-query';

import { institutionsQueryKey } from '@/features/identity-access/api/get-institutions';
import { api, unwrap } from '@/lib/api-client';

export function reactivateInstitution(id: string) {
  return unwrap(api.POST('/api/v1/institutions/{id}/reactivate', { params: { path: { id } } }));
}

export function useReactivateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactivateInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsQueryKey }),
  });
}
