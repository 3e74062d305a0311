import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { tontinesApi } from '@/features/tontines/api/tontines-api';
import type { TontineParticipantStatus } from '@/features/tontines/types';
import { unwrap } from '@/lib/api-client';

export type GetParticipantsQuery = {
  tontineId?: string;
  clientId?: string;
  /** The collector's id: an agent's daily round. */
  agentId?: string;
  status?: TontineParticipantStatus;
  search?: string;
  page?: number;
  pageSize?: number;
};

/** Every query about participants starts with it (a participant, its booklet, its contributions, the lists). */
export const participantsQueryKey = ['tontine-participants'] as const;

export function getParticipants(query: GetParticipantsQuery) {
  return unwrap(tontinesApi.GET('/api/v1/tontine-participants', { params: { query } }));
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
