import { useMutation, useQueryClient } from '@tanstack/react-query';

import { tontinesQueryKey } from '@/features/tontines/api/get-tontines';
import { api, unwrap } from '@/lib/api-client';

/** Closes the tontine to new adhesions. */
export function closeTontine(id: string) {
  return unwrap(api.POST('/api/v1/tontines/{id}/close', { params: { path: { id } } }));
}

export function useCloseTontine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeTontine,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tontinesQueryKey }),
  });
}
