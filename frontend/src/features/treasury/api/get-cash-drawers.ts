import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { cashDrawersQueryKey } from '@/features/treasury/api/get-current-drawer';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetCashDrawersQuery = NonNullable<paths['/api/v1/cash-drawers']['get']['parameters']['query']>;

/** Drawer sessions, newest first; an agent gets only their own. */
export function getCashDrawers(query: GetCashDrawersQuery) {
  return unwrap(api.GET('/api/v1/cash-drawers', { params: { query } }));
}

export function getCashDrawersQueryOptions(query: GetCashDrawersQuery) {
  return queryOptions({
    queryKey: [...cashDrawersQueryKey, 'list', query],
    queryFn: () => getCashDrawers(query),
    placeholderData: keepPreviousData,
  });
}

export function useCashDrawers(query: GetCashDrawersQuery) {
  return useQuery(getCashDrawersQueryOptions(query));
}
