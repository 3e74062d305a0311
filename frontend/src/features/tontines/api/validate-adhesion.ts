import { useMutation, useQueryClient } from '@tanstack/react-query';

import { adhesionsQueryKey } from '@/features/tontines/api/get-adhesions';
import { api, unwrap } from '@/lib/api-client';

/** Accepts the request: the client then pays the adhesion fee to become a participant. */
export function validateAdhesion(id: string) {
  return unwrap(api.POST('/api/v1/tontine-adhesions/{id}/validate', { params: { path: { id } } }));
}

export function useValidateAdhesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: validateAdhesion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adhesionsQueryKey }),
  });
}
