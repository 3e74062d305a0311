import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetApiClientsQuery = NonNullable<paths['/api/v1/api-clients']['get']['parameters']['query']>;

export const apiClientsQueryKey = ['api-clients'] as const;

/** The scope catalogue, in the API's order (Domain ApiScopes.All). */
export const API_SCOPES = [
  'clients:read',
  'clients:write',
  'accounts:read',
  'deposits:write',
  'loans:read',
  'repayments:write',
  'payments:read',
  'payments:write',
  'tontines:read',
  'tontines:write',
  'reports:read',
] as const;

/** A scope's translation key: i18next reads ':' as a namespace separator. */
export function scopeLabelKey(scope: string) {
  return `apiClients.scopeLabels.${scope.replace(':', '_')}`;
}

export function getApiClients(query: GetApiClientsQuery) {
  return unwrap(api.GET('/api/v1/api-clients', { params: { query } }));
}

export type ApiClient = Awaited<ReturnType<typeof getApiClients>>['items'][number];

export function useApiClients(query: GetApiClientsQuery) {
  return useQuery(
    queryOptions({
      queryKey: [...apiClientsQueryKey, query],
      queryFn: () => getApiClients(query),
      placeholderData: keepPreviousData,
    }),
  );
}
