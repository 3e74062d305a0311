import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateLedgerQueries } from '@/features/accounting/api/invalidate-ledger-queries';
import { api, unwrap } from '@/lib/api-client';

/** Posts an entry waiting for approval; refused (422 maker_checker) to its author. */
export function approveManualEntry({ id, idempotencyKey }: { id: string; idempotencyKey: string }) {
  return unwrap(
    api.POST('/api/v1/journal-entries/{id}/approve', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useApproveManualEntry() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveManualEntry, onSuccess: () => invalidateLedgerQueries(queryClient) });
}
