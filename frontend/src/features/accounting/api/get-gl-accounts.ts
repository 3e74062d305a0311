import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetGlAccountsQuery = NonNullable<paths['/api/v1/gl-accounts']['get']['parameters']['query']>;

export const glAccountsQueryKey = ['gl-accounts'] as const;

/** The whole chart of accounts (the API does not page it), ordered by code. */
export function getGlAccounts(query: GetGlAccountsQuery) {
  return unwrap(api.GET('/api/v1/gl-accounts', { params: { query } }));
}

export type GlAccount = Awaited<ReturnType<typeof getGlAccounts>>[number];

export const GL_ACCOUNT_TYPES = [
  'Asset',
  'Liability',
  'Equity',
  'Income',
  'Expense',
] as const satisfies readonly GlAccount['type'][];

/** The classes of the BCEAO chart for SFD, 1 (treasury) to 7 (income). */
export const GL_CLASSES = [1, 2, 3, 4, 5, 6, 7] as const;

export function getGlAccountsQueryOptions(query: GetGlAccountsQuery) {
  return queryOptions({
    queryKey: [...glAccountsQueryKey, query],
    queryFn: () => getGlAccounts(query),
    placeholderData: keepPreviousData,
  });
}

export function useGlAccounts(query: GetGlAccountsQuery) {
  return useQuery(getGlAccountsQueryOptions(query));
}
