import { useMutation, useQueryClient } from '@tanstack/react-query';

import { tontinesQueryKey } from '@/features/tontines/api/get-tontines';
import { api, unwrap } from '@/lib/api-client';

/** Opens the tontine to adhesions; its cycle length is fixed from then on. */
export function openTontine(id: string) {
  return unwrap(api.POST('/api/v1/tontines/{id}/open', { params: { path: { id } } }));
}

export function useOpenTontine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openTontine,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tontinesQueryKey }),
  });
}
