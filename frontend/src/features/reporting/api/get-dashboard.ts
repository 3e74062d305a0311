import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** The caller's landing figures; exactly one of `agent`, `manager`, `accountant`, `auditor` is set, by role. */
export function getDashboard() {
  return unwrap(api.GET('/api/v1/dashboard'));
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
export type AgentDashboard = NonNullable<Dashboard['agent']>;
export type ManagerDashboard = NonNullable<Dashboard['manager']>;
export type AccountantDashboard = NonNullable<Dashboard['accountant']>;
export type AuditorDashboard = NonNullable<Dashboard['auditor']>;

export function getDashboardQueryOptions() {
  // Figures of the day: refreshed when the user comes back to the tab, at most once a minute otherwise.
  return queryOptions({ queryKey: ['dashboard'], queryFn: getDashboard, staleTime: 60_000 });
}

export function useDashboard() {
  return useQuery(getDashboardQueryOptions());
}
