import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetClientsQuery = NonNullable<paths['/api/v1/clients']['get']['parameters']['query']>;

export const clientsQueryKey = ['clients'] as const;

export function getClients(query: GetClientsQuery) {
  return unwrap(api.GET('/api/v1/clients', { params: { query } }));
}

export type ClientSummary = Awaited<ReturnType<typeof getClients>>['items'][number];
export type ClientStatus = ClientSummary['status'];

export const CLIENT_STATUSES = [
  'PendingKyc',
  'Active',
  'Suspended',
  'Closed',
] as const satisfies readonly ClientStatus[];

/** The orders the API sorts by; the first is its default. */
export const CLIENT_SORTS = ['name', '-name', 'number', '-number', 'createdAt', '-createdAt'] as const;

export function getClientsQueryOptions(query: GetClientsQuery) {
  return queryOptions({
    queryKey: [...clientsQueryKey, query],
    queryFn: () => getClients(query),
    placeholderData: keepPreviousData,
  });
}

export function useClients(query: GetClientsQuery, { enabled = true } = {}) {
  return useQuery({ ...getClientsQueryOptions(query), enabled });
}
