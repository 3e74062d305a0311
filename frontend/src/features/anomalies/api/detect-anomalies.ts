import { useMutation, useQueryClient } from '@tanstack/react-query';

import { anomaliesQueryKey } from '@/features/anomalies/api/get-anomalies';
import { api, unwrap } from '@/lib/api-client';

/** Runs every enabled rule now; answers when done, with what each rule found, how many are new and how many got worse. */
export function detectAnomalies() {
  return unwrap(api.POST('/api/v1/anomalies/detect'));
}

export type AnomalyDetection = Awaited<ReturnType<typeof detectAnomalies>>;

export function useDetectAnomalies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: detectAnomalies,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: anomaliesQueryKey }),
  });
}
