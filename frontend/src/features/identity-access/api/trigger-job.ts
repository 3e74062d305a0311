import { useMutation, useQueryClient } from '@tanstack/react-query';

import { jobsQueryKey } from '@/features/identity-access/api/get-jobs';
import { api, unwrap } from '@/lib/api-client';

/** Runs a job now, once in the cluster: the answer (202) carries the run's id, listed in its runs once it has ended. */
export function triggerJob(name: string) {
  return unwrap(api.POST('/api/v1/jobs/{name}/trigger', { params: { path: { name } } }));
}

export function useTriggerJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggerJob,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobsQueryKey }),
  });
}
