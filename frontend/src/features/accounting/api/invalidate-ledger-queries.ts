import type { QueryClient } from '@tanstack/react-query';

import { accountingPeriodsQueryKey } from '@/features/accounting/api/get-accounting-periods';
import { manualEntriesQueryKey } from '@/features/accounting/api/get-manual-entries';

/**
 * After a posting by hand (a manual entry, its approval or reversal, a month's close): the manual entries, the journal,
 * the ledgers, the trial balance and the months (a back-dated entry may open an earlier one) may all have changed.
 */
export function invalidateLedgerQueries(queryClient: QueryClient) {
  return Promise.all(
    [manualEntriesQueryKey, ['journal-entries'], ['general-ledger'], ['trial-balance'], accountingPeriodsQueryKey].map(
      (queryKey) => queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
