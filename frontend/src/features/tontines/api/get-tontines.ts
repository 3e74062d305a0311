import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { tontinesApi } from '@/features/tontines/api/tontines-api';
import type { TontineStatus } from '@/features/tontines/types';
import { unwrap } from '@/lib/api-client';

export type GetTontinesQuery = { status?: TontineStatus; page?: number; pageSize?: number };

export const tontinesQueryKey = ['tontines'] as const;

export function getTontines(query: GetTontinesQuery) {
  return unwrap(tontinesApi.GET('/api/v1/tontines', { params: { query } }));
}

/** A tontine: its bounds, fee and cycle, with what its participants saved and paid in commissions. */
export type Tontine = Awaited<ReturnType<typeof getTontines>>['items'][number];

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
