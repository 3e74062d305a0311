import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetTontinesQuery = NonNullable<paths['/api/v1/tontines']['get']['parameters']['query']>;

export const tontinesQueryKey = ['tontines'] as const;

export function getTontines(query: GetTontinesQuery) {
  return unwrap(api.GET('/api/v1/tontines', { params: { query } }));
}

/** A tontine: its bounds, fee and cycle, with what its participants saved and paid in commissions. */
export type Tontine = Awaited<ReturnType<typeof getTontines>>['items'][number];

export type TontineStatus = Tontine['status'];

export const TONTINE_STATUSES = ['Draft', 'Open', 'Closed'] as const satisfies readonly Tontine['status'][];

export function getTontinesQueryOptions(query: GetTontinesQuery) {
  return queryOptions({
    queryKey: [...tontinesQueryKey, query],
    queryFn: () => getTontines(query),
    placeholderData: keepPreviousData,
  });
}

export function useTontines(query: GetTontinesQuery) {
  return useQuery(getTontinesQueryOptions(query));
}
