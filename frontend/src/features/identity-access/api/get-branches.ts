import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetBranchesQuery = NonNullable<paths['/api/v1/branches']['get']['parameters']['query']>;

export const branchesQueryKey = ['branches'] as const;

export function getBranches(query: GetBranchesQuery) {
  return unwrap(api.GET('/api/v1/branches', { params: { query } }));
}

export type Branch = Awaited<ReturnType<typeof getBranches>>['items'][number];

export function getBranchesQueryOptions(query: GetBranchesQuery) {
  return queryOptions({
    queryKey: [...branchesQueryKey, query],
    queryFn: () => getBranches(query),
    placeholderData: keepPreviousData,
  });
}

export function useBranches(query: GetBranchesQuery) {
  return useQuery(getBranchesQueryOptions(query));
}
