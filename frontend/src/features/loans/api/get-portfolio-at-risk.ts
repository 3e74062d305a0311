import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetPortfolioAtRiskQuery = NonNullable<
  paths['/api/v1/reports/portfolio-at-risk']['get']['parameters']['query']
>;

/** PAR1, PAR30 and PAR90 as of a day (today by default): overall, per branch and per agent. */
export function getPortfolioAtRisk(query: GetPortfolioAtRiskQuery) {
  return unwrap(api.GET('/api/v1/reports/portfolio-at-risk', { params: { query } }));
}

export type PortfolioAtRisk = Awaited<ReturnType<typeof getPortfolioAtRisk>>;
export type ParFigures = PortfolioAtRisk['overall'];

export function getPortfolioAtRiskQueryOptions(query: GetPortfolioAtRiskQuery) {
  return queryOptions({
    queryKey: ['portfolio-at-risk', query],
    queryFn: () => getPortfolioAtRisk(query),
    placeholderData: keepPreviousData,
  });
}

export function usePortfolioAtRisk(query: GetPortfolioAtRiskQuery) {
  return useQuery(getPortfolioAtRiskQueryOptions(query));
}
