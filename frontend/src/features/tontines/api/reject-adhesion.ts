import { useMutation, useQueryClient } from '@tanstack/react-query';

import { adhesionsQueryKey } from '@/features/tontines/api/get-adhesions';
import { tontinesApi } from '@/features/tontines/api/tontines-api';
import { unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

export function rejectAdhesion({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(
    tontinesApi.POST('/api/v1/tontine-adhesions/{id}/reject', { params: { path: { id } }, body: data }),
  );
}

export function useRejectAdhesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectAdhesion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adhesionsQueryKey }),
  });
}
