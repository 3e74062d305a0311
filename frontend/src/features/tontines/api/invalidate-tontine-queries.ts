import type { QueryClient } from '@tanstack/react-query';

import { adhesionsQueryKey } from '@/features/tontines/api/get-adhesions';
import { participantsQueryKey } from '@/features/tontines/api/get-participants';
import { tontinesQueryKey } from '@/features/tontines/api/get-tontines';
import { tontineWithdrawalsQueryKey } from '@/features/tontines/api/get-tontine-withdrawals';

/**
 * After money moved in a tontine (a fee, a contribution, a withdrawal): the participants (balances, booklets,
 * histories, the daily round), the tontines' totals, the adhesions and the withdrawals may all have changed.
 */
export function invalidateTontineQueries(queryClient: QueryClient) {
  return Promise.all(
    [participantsQueryKey, tontinesQueryKey, adhesionsQueryKey, tontineWithdrawalsQueryKey].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
