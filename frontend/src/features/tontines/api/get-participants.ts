import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

/** `agentId` is the collector's id: an agent's daily round. */
export type GetParticipantsQuery = NonNullable<paths['/api/v1/tontine-participants']['get']['parameters']['query']>;

/** Every query about participants starts with it (a participant, its booklet, its contributions, the lists). */
export const participantsQueryKey = ['tontine-participants'] as const;

export function getParticipants(query: GetParticipantsQuery) {
  return unwrap(api.GET('/api/v1/tontine-participants', { params: { query } }));
}

/** A client in a tontine: the daily amount, the cells filled, what is saved and what the collector took today. */
export type Participant = Awaited<ReturnType<typeof getParticipants>>['items'][number];

export function getParticipantsQueryOptions(query: GetParticipantsQuery) {
  return queryOptions({
    queryKey: [...participantsQueryKey, 'list', query],
    queryFn: () => getParticipants(query),
    placeholderData: keepPreviousData,
  });
}

export function useParticipants(query: GetParticipantsQuery) {
  return useQuery(getParticipantsQueryOptions(query));
}
