import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetAnomaliesQuery = NonNullable<paths['/api/v1/anomalies']['get']['parameters']['query']>;

export const anomaliesQueryKey = ['anomalies'] as const;

/** The institution's findings, the most severe and most recent first, with the list's filters. */
export function getAnomalies(query: GetAnomaliesQuery) {
  return unwrap(api.GET('/api/v1/anomalies', { params: { query } }));
}

export function getAnomaliesQueryOptions(query: GetAnomaliesQuery) {
  return queryOptions({
    queryKey: [...anomaliesQueryKey, 'list', query],
    queryFn: () => getAnomalies(query),
    placeholderData: keepPreviousData,
  });
}

export function useAnomalies(query: GetAnomaliesQuery) {
  return useQuery(getAnomaliesQueryOptions(query));
}
