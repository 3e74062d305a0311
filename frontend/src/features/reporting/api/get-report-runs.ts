import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetReportRunsQuery = NonNullable<paths['/api/v1/report-runs']['get']['parameters']['query']>;

/** The export history (every export adds a run to it). */
export const reportRunsQueryKey = ['report-runs'] as const;

/** The exports, newest first, of one report when `report` names it: who exported what, with which filters, when. */
export function getReportRuns(query: GetReportRunsQuery) {
  return unwrap(api.GET('/api/v1/report-runs', { params: { query } }));
}

export type ReportRun = Awaited<ReturnType<typeof getReportRuns>>['items'][number];
export type ReportFormat = ReportRun['format'];

/** The formats a report exports to, as the API names them (`format=` takes them in lower case). */
export const REPORT_FORMATS = ['Csv', 'Xlsx', 'Pdf'] as const satisfies readonly ReportFormat[];

export function getReportRunsQueryOptions(query: GetReportRunsQuery) {
  return queryOptions({
    queryKey: [...reportRunsQueryKey, query],
    queryFn: () => getReportRuns(query),
    placeholderData: keepPreviousData,
  });
}

export function useReportRuns(query: GetReportRunsQuery) {
  return useQuery(getReportRunsQueryOptions(query));
}
