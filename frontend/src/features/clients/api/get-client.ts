import { queryOptions, useQuery } from '@tanstack/react-query';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';

export function getClient(id: string) {
  return unwrap(api.GET('/api/v1/clients/{id}', { params: { path: { id } } }));
}

export type Client = Awaited<ReturnType<typeof getClient>>;

export function getClientQueryOptions(id: string) {
  return queryOptions({ queryKey: [...clientsQueryKey, 'detail', id], queryFn: () => getClient(id) });
}

export function useClient(id: string) {
  return useQuery(getClientQueryOptions(id));
}
