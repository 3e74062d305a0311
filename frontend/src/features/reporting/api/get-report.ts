import { queryOptions, useQuery } from '@tanstack/react-query';

import { reportsQueryKey, type ReportDefinition } from '@/features/reporting/api/get-reports';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api';

type GetReportQuery = NonNullable<paths['/api/v1/reports/{name}']['get']['parameters']['query']>;

/** Every filter a report may take, by its query-string name, in the order the form shows them. */
export const REPORT_FILTERS = [
  'from',
  'to',
  'asOf',
  'branchId',
  'agentId',
  'productId',
  'status',
  'categoryId',
  'horizon',
] as const satisfies readonly (keyof GetReportQuery)[];

/** The days ahead a forecast may look (the API refuses any other). */
export const REPORT_HORIZONS = ['30', '60', '90'] as const;

export type ReportFilterName = (typeof REPORT_FILTERS)[number];

/** The filters sent with a report: only those it takes, never blank. */
export type ReportFilters = Partial<Record<ReportFilterName, string>>;

/**
 * The filters `report` takes, among `values`: a blank one is left out, and so is one it does not take, which the
 * API would refuse (400) rather than ignore — e.g. a product in a shared link to the clients' report.
 */
export function reportFilters(
  report: Pick<ReportDefinition, 'filters'>,
  values: Partial<Record<ReportFilterName, string>>,
): ReportFilters {
  return Object.fromEntries(
    REPORT_FILTERS.flatMap((name) => (report.filters.includes(name) && values[name] ? [[name, values[name]]] : [])),
  );
}

/** The filters as the API's query types them: the horizon is a number of days. */
export function reportQuery({ horizon, ...filters }: ReportFilters) {
  return { ...filters, ...(horizon ? { horizon: Number(horizon) } : {}) };
}

export type GetReportVariables = { filters: ReportFilters; page: number; pageSize: number };

/** A page of a report's rows (one cell a column, in the columns' order), with the totals over every row selected. */
export type ReportPage = components['schemas']['ReportPageDto'];

/** Without `format` the API answers the JSON page (the same route answers files: see export-report.ts). */
export async function getReport(name: string, { filters, page, pageSize }: GetReportVariables): Promise<ReportPage> {
  return (await unwrap(
    api.GET('/api/v1/reports/{name}', { params: { path: { name }, query: { ...reportQuery(filters), page, pageSize } } }),
  )) as ReportPage;
}

export type ReportRow = ReportPage['rows'][number];
export type ReportTotal = ReportPage['totals'][number];

export function getReportQueryOptions(name: string, variables: GetReportVariables) {
  return queryOptions({
    queryKey: [...reportsQueryKey, 'page', name, variables],
    queryFn: () => getReport(name, variables),
    // Another page or other filters keep the rows shown until theirs arrive; another report (other columns) does not.
    placeholderData: (previous) => (previous?.name === name ? previous : undefined),
  });
}

export function useReport(name: string, variables: GetReportVariables) {
  return useQuery(getReportQueryOptions(name, variables));
}
