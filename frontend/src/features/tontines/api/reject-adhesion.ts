import { useMutation, useQueryClient } from '@tanstack/react-query';

import { adhesionsQueryKey } from '@/features/tontines/api/get-adhesions';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

export function rejectAdhesion({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(
    api.POST('/api/v1/tontine-adhesions/{id}/reject', { params: { path: { id } }, body: data }),
  );
}

export function useRejectAdhesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectAdhesion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adhesionsQueryKey }),
  });
}
