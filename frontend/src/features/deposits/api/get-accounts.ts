import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetAccountsQuery = NonNullable<paths['/api/v1/accounts']['get']['parameters']['query']>;

export const accountsQueryKey = ['accounts'] as const;

export function getAccounts(query: GetAccountsQuery) {
  return unwrap(api.GET('/api/v1/accounts', { params: { query } }));
}

export type Account = Awaited<ReturnType<typeof getAccounts>>['items'][number];
export type AccountStatus = Account['status'];

export const ACCOUNT_STATUSES = [
  'Requested',
  'Approved',
  'Active',
  'Closed',
  'Rejected',
] as const satisfies readonly AccountStatus[];

export function getAccountsQueryOptions(query: GetAccountsQuery) {
  return queryOptions({
    queryKey: [...accountsQueryKey, query],
    queryFn: () => getAccounts(query),
    placeholderData: keepPreviousData,
  });
}

export function useAccounts(query: GetAccountsQuery, { enabled = true } = {}) {
  return useQuery({ ...getAccountsQueryOptions(query), enabled });
}
