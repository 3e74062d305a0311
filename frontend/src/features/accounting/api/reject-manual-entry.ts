import { useMutation, useQueryClient } from '@tanstack/react-query';

import { manualEntriesQueryKey } from '@/features/accounting/api/get-manual-entries';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

/** Refuses an entry waiting for approval, with the reason its author reads; nothing is posted. */
export function rejectManualEntry({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(api.POST('/api/v1/journal-entries/{id}/reject', { params: { path: { id } }, body: data }));
}

export function useRejectManualEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectManualEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: manualEntriesQueryKey }),
  });
}
