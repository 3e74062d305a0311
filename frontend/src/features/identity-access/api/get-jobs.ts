import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** Every query about the scheduled jobs starts with this key. */
export const jobsQueryKey = ['jobs'] as const;

export function getJobs() {
  return unwrap(api.GET('/api/v1/jobs'));
}

export function getJobRuns(name: string) {
  return unwrap(api.GET('/api/v1/jobs/{name}/runs', { params: { path: { name }, query: { limit: 20 } } }));
}

/** A scheduled job: what it does, when it fires, how its last run went. */
export type ScheduledJob = Awaited<ReturnType<typeof getJobs>>[number];
export type JobRun = Awaited<ReturnType<typeof getJobRuns>>[number];

/** The page is asked again this often (ms): a run asked for « now » shows up within seconds. */
export const JOBS_POLL_MS = 10_000;

export function useJobs() {
  return useQuery(
    queryOptions({ queryKey: [...jobsQueryKey, 'list'], queryFn: getJobs, refetchInterval: JOBS_POLL_MS }),
  );
}

export function useJobRuns(name: string) {
  return useQuery(
    queryOptions({
      queryKey: [...jobsQueryKey, 'runs', name],
      queryFn: () => getJobRuns(name),
      refetchInterval: JOBS_POLL_MS,
    }),
  );
}
