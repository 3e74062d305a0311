import { useMutation, useQueryClient } from '@tanstack/react-query';

import { anomaliesQueryKey } from '@/features/anomalies/api/get-anomalies';
import { anomalyQueryKey } from '@/features/anomalies/api/get-anomaly';
import { api, unwrap } from '@/lib/api-client';

/** A review step, by its route: acknowledge an open finding, or close it as explained or dismissed. */
export const REVIEW_STEPS = ['acknowledge', 'explain', 'dismiss'] as const;

export type ReviewStep = (typeof REVIEW_STEPS)[number];

export type ReviewAnomalyVariables = { id: string; step: ReviewStep; comment: string };

export function reviewAnomaly({ id, step, comment }: ReviewAnomalyVariables) {
  return unwrap(api.POST(`/api/v1/anomalies/{id}/${step}`, { params: { path: { id } }, body: { comment } }));
}

export function useReviewAnomaly() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewAnomaly,
    onSuccess: (anomaly) => {
      queryClient.setQueryData(anomalyQueryKey(anomaly.id), anomaly);
      // The list and its counts by status changed too.
      void queryClient.invalidateQueries({
        queryKey: anomaliesQueryKey,
        predicate: ({ queryKey }) => queryKey[1] !== 'detail',
      });
    },
  });
}
