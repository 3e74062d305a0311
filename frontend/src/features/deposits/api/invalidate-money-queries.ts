import type { QueryClient } from '@tanstack/react-query';

import { accountsQueryKey } from '@/features/deposits/api/get-accounts';
import { transactionsQueryKey } from '@/features/deposits/api/get-transactions';
import { withdrawalsQueryKey } from '@/features/deposits/api/get-withdrawals';

/** After money moved (or was asked to): balances, statements, movements and pending withdrawals may all have changed. */
export function invalidateMoneyQueries(queryClient: QueryClient) {
  return Promise.all(
    [accountsQueryKey, transactionsQueryKey, withdrawalsQueryKey].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
