import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { participantsQueryKey } from '@/features/tontines/api/get-participants';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetContributionsQuery = NonNullable<
  paths['/api/v1/tontine-participants/{id}/contributions']['get']['parameters']['query']
>;

/** The participant's contributions, newest first. */
export function getContributions(participantId: string, query: GetContributionsQuery) {
  return unwrap(
    api.GET('/api/v1/tontine-participants/{id}/contributions', {
      params: { path: { id: participantId }, query },
    }),
  );
}

/** Days collected at once: the cells they filled, the commission and the saving they hold. */
export type Contribution = Awaited<ReturnType<typeof getContributions>>['items'][number];

export function getContributionsQueryOptions(participantId: string, query: GetContributionsQuery) {
  return queryOptions({
    queryKey: [...participantsQueryKey, participantId, 'contributions', query],
    queryFn: () => getContributions(participantId, query),
    placeholderData: keepPreviousData,
  });
}

export function useContributions(participantId: string, query: GetContributionsQuery) {
  return useQuery(getContributionsQueryOptions(participantId, query));
}
