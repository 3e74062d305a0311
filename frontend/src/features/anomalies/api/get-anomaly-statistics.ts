import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { anomaliesQueryKey, type AnomalyFilters } from '@/features/anomalies/api/get-anomalies';
import { api, unwrap } from '@/lib/api-client';

/**
 * What the list's filters select, counted per rule and status, and per week (Monday) of the situation's business day
 * by severity: the chart's trend.
 */
export function getAnomalyStatistics(query: AnomalyFilters) {
  return unwrap(api.GET('/api/v1/anomalies/statistics', { params: { query } }));
}

export type AnomalyStatistics = Awaited<ReturnType<typeof getAnomalyStatistics>>;

export function getAnomalyStatisticsQueryOptions(query: AnomalyFilters) {
  return queryOptions({
    queryKey: [...anomaliesQueryKey, 'statistics', query],
    queryFn: () => getAnomalyStatistics(query),
    placeholderData: keepPreviousData,
  });
}

export function useAnomalyStatistics(query: AnomalyFilters) {
  return useQuery(getAnomalyStatisticsQueryOptions(query));
}
