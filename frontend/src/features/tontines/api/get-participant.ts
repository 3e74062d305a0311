import { queryOptions, useQuery } from '@tanstack/react-query';

import { participantsQueryKey } from '@/features/tontines/api/get-participants';
import { api, unwrap } from '@/lib/api-client';

export const participantQueryKey = (id: string) => [...participantsQueryKey, 'detail', id] as const;

export function getParticipant(id: string) {
  return unwrap(api.GET('/api/v1/tontine-participants/{id}', { params: { path: { id } } }));
}

export function getParticipantQueryOptions(id: string) {
  return queryOptions({ queryKey: participantQueryKey(id), queryFn: () => getParticipant(id) });
}

export function useParticipant(id: string) {
  return useQuery(getParticipantQueryOptions(id));
}
