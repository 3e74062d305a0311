import { queryOptions, useQuery } from '@tanstack/react-query';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Client = components['schemas']['ClientDto'];

/** Without `format` the API answers the JSON sheet (the same route answers its PDF: see download-client-sheet-pdf.ts). */
export async function getClient(id: string): Promise<Client> {
  return (await unwrap(api.GET('/api/v1/clients/{id}', { params: { path: { id } } }))) as Client;
}

export function getClientQueryOptions(id: string) {
  return queryOptions({ queryKey: [...clientsQueryKey, 'detail', id], queryFn: () => getClient(id) });
}

export function useClient(id: string) {
  return useQuery(getClientQueryOptions(id));
}
