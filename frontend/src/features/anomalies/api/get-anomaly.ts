import { queryOptions, useQuery } from '@tanstack/react-query';

import { anomaliesQueryKey } from '@/features/anomalies/api/get-anomalies';
import { api, unwrap } from '@/lib/api-client';

export const anomalyQueryKey = (id: string) => [...anomaliesQueryKey, 'detail', id] as const;

/** A finding with its figures, the objects it concerns and its review. */
export function getAnomaly(id: string) {
  return unwrap(api.GET('/api/v1/anomalies/{id}', { params: { path: { id } } }));
}

export function getAnomalyQueryOptions(id: string) {
  return queryOptions({ queryKey: anomalyQueryKey(id), queryFn: () => getAnomaly(id) });
}

export function useAnomaly(id: string) {
  return useQuery(getAnomalyQueryOptions(id));
}
