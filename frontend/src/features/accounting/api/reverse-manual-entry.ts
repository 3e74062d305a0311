import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateLedgerQueries } from '@/features/accounting/api/invalidate-ledger-queries';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

type ReverseManualEntryVariables = { id: string; data: ReasonInput; idempotencyKey: string };

/** Cancels a posted entry with its mirror entry, valued today, for the reason given. */
export function reverseManualEntry({ id, data, idempotencyKey }: ReverseManualEntryVariables) {
  return unwrap(
    api.POST('/api/v1/journal-entries/{id}/reverse', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export function useReverseManualEntry() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reverseManualEntry, onSuccess: () => invalidateLedgerQueries(queryClient) });
}
