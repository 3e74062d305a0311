import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetTrialBalanceQuery = NonNullable<paths['/api/v1/accounting/trial-balance']['get']['parameters']['query']>;

/** Each GL account's debits, credits and balance as of a value date (today by default), with the totals. */
export function getTrialBalance(query: GetTrialBalanceQuery) {
  return unwrap(api.GET('/api/v1/accounting/trial-balance', { params: { query } }));
}

export function getTrialBalanceQueryOptions(query: GetTrialBalanceQuery) {
  return queryOptions({
    queryKey: ['trial-balance', query],
    queryFn: () => getTrialBalance(query),
    placeholderData: keepPreviousData,
  });
}

export function useTrialBalance(query: GetTrialBalanceQuery) {
  return useQuery(getTrialBalanceQueryOptions(query));
}
