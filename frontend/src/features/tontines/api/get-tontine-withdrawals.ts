import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetTontineWithdrawalsQuery = NonNullable<
  paths['/api/v1/tontine-withdrawals']['get']['parameters']['query']
>;

export const tontineWithdrawalsQueryKey = ['tontine-withdrawals'] as const;

/** The oldest first when only the pending ones are asked for. */
export function getTontineWithdrawals(query: GetTontineWithdrawalsQuery) {
  return unwrap(api.GET('/api/v1/tontine-withdrawals', { params: { query } }));
}

/** A participant's withdrawal of savings, waiting for (or decided by) someone other than who asked for it. */
export type TontineWithdrawal = Awaited<ReturnType<typeof getTontineWithdrawals>>['items'][number];

export function getTontineWithdrawalsQueryOptions(query: GetTontineWithdrawalsQuery) {
  return queryOptions({
    queryKey: [...tontineWithdrawalsQueryKey, query],
    queryFn: () => getTontineWithdrawals(query),
    placeholderData: keepPreviousData,
  });
}

export function useTontineWithdrawals(query: GetTontineWithdrawalsQuery) {
  return useQuery(getTontineWithdrawalsQueryOptions(query));
}
