import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetManualEntriesQuery = NonNullable<paths['/api/v1/journal-entries/manual']['get']['parameters']['query']>;

export const manualEntriesQueryKey = ['manual-entries'] as const;

/** The newest first; the ones waiting for approval (the inbox) oldest first. */
export function getManualEntries(query: GetManualEntriesQuery) {
  return unwrap(api.GET('/api/v1/journal-entries/manual', { params: { query } }));
}

/** A journal entry written by hand, with its lines, its decision and the journal entries it posted. */
export type ManualEntry = Awaited<ReturnType<typeof getManualEntries>>['items'][number];

export function getManualEntriesQueryOptions(query: GetManualEntriesQuery) {
  return queryOptions({
    queryKey: [...manualEntriesQueryKey, query],
    queryFn: () => getManualEntries(query),
    placeholderData: keepPreviousData,
  });
}

export function useManualEntries(query: GetManualEntriesQuery) {
  return useQuery(getManualEntriesQueryOptions(query));
}
