import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetWithdrawalsQuery = NonNullable<paths['/api/v1/withdrawals']['get']['parameters']['query']>;

export const withdrawalsQueryKey = ['withdrawals'] as const;

export function getWithdrawals(query: GetWithdrawalsQuery) {
  return unwrap(api.GET('/api/v1/withdrawals', { params: { query } }));
}

/** A withdrawal over the product's threshold, waiting for (or decided by) a supervisor. */
export type WithdrawalRequest = Awaited<ReturnType<typeof getWithdrawals>>['items'][number];

export function getWithdrawalsQueryOptions(query: GetWithdrawalsQuery) {
  return queryOptions({
    queryKey: [...withdrawalsQueryKey, query],
    queryFn: () => getWithdrawals(query),
    placeholderData: keepPreviousData,
  });
}

export function useWithdrawals(query: GetWithdrawalsQuery) {
  return useQuery(getWithdrawalsQueryOptions(query));
}
