import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateLedgerQueries } from '@/features/accounting/api/invalidate-ledger-queries';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

/** Reopens the latest closed month, for a reason (SfdAdmin); reopening December reverses its year-end entry. */
export function reopenAccountingPeriod({ month, data }: { month: string; data: ReasonInput }) {
  return unwrap(api.POST('/api/v1/accounting/periods/{month}/reopen', { params: { path: { month } }, body: data }));
}

export function useReopenAccountingPeriod() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reopenAccountingPeriod, onSuccess: () => invalidateLedgerQueries(queryClient) });
}
