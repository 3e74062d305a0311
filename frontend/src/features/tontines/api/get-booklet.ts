import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { participantsQueryKey } from '@/features/tontines/api/get-participants';
import { api, unwrap } from '@/lib/api-client';

/**
 * One cycle of the participant's booklet (the card the collector stamps): its cells, the first always the
 * collector's commission. Without `cycle`, the current one.
 */
export function getBooklet(participantId: string, cycle?: number) {
  return unwrap(
    api.GET('/api/v1/tontine-participants/{id}/booklet', {
      params: { path: { id: participantId }, query: cycle === undefined ? {} : { cycle } },
    }),
  );
}

export type Booklet = Awaited<ReturnType<typeof getBooklet>>;
export type BookletCell = Booklet['cells'][number];

export function getBookletQueryOptions(participantId: string, cycle?: number) {
  return queryOptions({
    queryKey: [...participantsQueryKey, participantId, 'booklet', cycle ?? 'current'],
    queryFn: () => getBooklet(participantId, cycle),
    placeholderData: keepPreviousData,
  });
}

export function useBooklet(participantId: string, cycle?: number) {
  return useQuery(getBookletQueryOptions(participantId, cycle));
}
