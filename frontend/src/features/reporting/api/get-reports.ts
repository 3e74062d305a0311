import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** Every query about the reports themselves (the catalogue, a report's pages) starts with this key. */
export const reportsQueryKey = ['reports'] as const;

/** The catalogue: each report with its French title, its description, its columns and the filters it takes. */
export function getReports() {
  return unwrap(api.GET('/api/v1/reports'));
}

export type ReportDefinition = Awaited<ReturnType<typeof getReports>>[number];
export type ReportColumn = ReportDefinition['columns'][number];
export type ColumnKind = ReportColumn['kind'];

export function getReportsQueryOptions() {
  return queryOptions({ queryKey: [...reportsQueryKey, 'catalogue'], queryFn: getReports });
}

export function useReports() {
  return useQuery(getReportsQueryOptions());
}
