import { useMutation, useQueryClient } from '@tanstack/react-query';

import { cashDrawersQueryKey, type DenominationCount } from '@/features/treasury/api/get-current-drawer';
import { api, unwrap } from '@/lib/api-client';

type CloseDrawerVariables = { id: string; counts: DenominationCount[]; note?: string; idempotencyKey: string };

/** Closes the drawer with the cash counted; the difference from the expected cash is posted once, whatever the retries. */
export function closeDrawer({ id, counts, note, idempotencyKey }: CloseDrawerVariables) {
  return unwrap(
    api.POST('/api/v1/cash-drawers/{id}/close', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { counts, note: note || null },
    }),
  );
}

export function useCloseDrawer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeDrawer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cashDrawersQueryKey }),
  });
}
