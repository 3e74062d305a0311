import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidateLedgerQueries } from '@/features/accounting/api/invalidate-ledger-queries';
import { api, unwrap } from '@/lib/api-client';

/** Closes a month that is over, the earlier ones being closed; December's close posts the year's result. */
export function closeAccountingPeriod(month: string) {
  return unwrap(api.POST('/api/v1/accounting/periods/{month}/close', { params: { path: { month } } }));
}

export function useCloseAccountingPeriod() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeAccountingPeriod, onSuccess: () => invalidateLedgerQueries(queryClient) });
}
