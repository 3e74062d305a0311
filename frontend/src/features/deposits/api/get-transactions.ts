import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetTransactionsQuery = NonNullable<paths['/api/v1/transactions']['get']['parameters']['query']>;

export const transactionsQueryKey = ['transactions'] as const;

export function getTransactions(query: GetTransactionsQuery) {
  return unwrap(api.GET('/api/v1/transactions', { params: { query } }));
}

export function getTransactionsQueryOptions(query: GetTransactionsQuery) {
  return queryOptions({
    queryKey: [...transactionsQueryKey, query],
    queryFn: () => getTransactions(query),
    placeholderData: keepPreviousData,
  });
}

export function useTransactions(query: GetTransactionsQuery) {
  return useQuery(getTransactionsQueryOptions(query));
}
