import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetInstitutionsQuery = NonNullable<paths['/api/v1/institutions']['get']['parameters']['query']>;

export const institutionsQueryKey = ['institutions'] as const;

export function getInstitutions(query: GetInstitutionsQuery) {
  return unwrap(api.GET('/api/v1/institutions', { params: { query } }));
}

export type Institution = Awaited<ReturnType<typeof getInstitutions>>['items'][number];

export function getInstitutionsQueryOptions(query: GetInstitutionsQuery) {
  return queryOptions({
    queryKey: [...institutionsQueryKey, query],
    queryFn: () => getInstitutions(query),
    placeholderData: keepPreviousData,
  });
}

export function useInstitutions(query: GetInstitutionsQuery) {
  return useQuery(getInstitutionsQueryOptions(query));
}
