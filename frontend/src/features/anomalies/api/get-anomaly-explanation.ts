import { queryOptions, useQuery } from '@tanstack/react-query';

import { anomaliesQueryKey } from '@/features/anomalies/api/get-anomalies';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type AssistantAnswer = components['schemas']['AssistantAnswerDto'];
export type AssistantSource = components['schemas']['AssistantSourceDto'];

/** A finding explained in the language of the request (French unless the user chose English): the text, who wrote it and from what. */
export function getAnomalyExplanation(anomalyId: string) {
  return unwrap(api.GET('/api/v1/anomalies/{id}/explanation', { params: { path: { id: anomalyId } } }));
}

// The language is part of the key: switching it asks again rather than showing the other language's text.
export function getAnomalyExplanationQueryOptions(anomalyId: string, language: string) {
  return queryOptions({
    queryKey: [...anomaliesQueryKey, 'explanation', anomalyId, language],
    queryFn: () => getAnomalyExplanation(anomalyId),
    staleTime: Infinity,
  });
}

/** Asked only once the user wants it (`enabled`): with a model configured an explanation takes seconds. */
export function useAnomalyExplanation(anomalyId: string, language: string, enabled: boolean) {
  return useQuery({ ...getAnomalyExplanationQueryOptions(anomalyId, language), enabled });
}
