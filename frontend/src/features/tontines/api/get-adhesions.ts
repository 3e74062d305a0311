import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetAdhesionsQuery = NonNullable<paths['/api/v1/tontine-adhesions']['get']['parameters']['query']>;

export const adhesionsQueryKey = ['tontine-adhesions'] as const;

/** Newest first. */
export function getAdhesions(query: GetAdhesionsQuery) {
  return unwrap(api.GET('/api/v1/tontine-adhesions', { params: { query } }));
}

/** A client's request to join a tontine: requested, validated (the fee to pay), rejected, or active once paid. */
export type Adhesion = Awaited<ReturnType<typeof getAdhesions>>['items'][number];

export type AdhesionStatus = Adhesion['status'];

/** In the order of their life: the inbox lists those requested first. */
export const ADHESION_STATUSES = ['Requested', 'Validated', 'Active', 'Rejected'] as const satisfies readonly Adhesion['status'][];

export function getAdhesionsQueryOptions(query: GetAdhesionsQuery) {
  return queryOptions({
    queryKey: [...adhesionsQueryKey, query],
    queryFn: () => getAdhesions(query),
    placeholderData: keepPreviousData,
  });
}

export function useAdhesions(query: GetAdhesionsQuery) {
  return useQuery(getAdhesionsQueryOptions(query));
}
