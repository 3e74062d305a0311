import { queryOptions, useQuery } from '@tanstack/react-query';

import { participantsQueryKey } from '@/features/tontines/api/get-participants';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Round = components['schemas']['TontineRoundDto'];

// Under the participants' key: whatever refreshes the participants after a collection refreshes the round too.
export const roundQueryKey = (agentId: string) => [...participantsQueryKey, 'round', agentId] as const;

export function getRound(agentId: string) {
  return unwrap(api.GET('/api/v1/tontine-participants/round', { params: { query: { agentId } } }));
}

export function getRoundQueryOptions(agentId: string) {
  return queryOptions({ queryKey: roundQueryKey(agentId), queryFn: () => getRound(agentId) });
}

/** A collector's round today, counted over all their participants (the list shows a page of them). */
export function useRound(agentId: string) {
  return useQuery(getRoundQueryOptions(agentId));
}
