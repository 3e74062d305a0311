import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetOutboxQuery = NonNullable<paths['/api/v1/outbox']['get']['parameters']['query']>;

/** Every query about the outbox starts with this key. */
export const outboxQueryKey = ['outbox'] as const;

export function getOutbox(query: GetOutboxQuery) {
  return unwrap(api.GET('/api/v1/outbox', { params: { query } }));
}

type OutboxPage = Awaited<ReturnType<typeof getOutbox>>;

/** An e-mail or SMS of the outbox: waiting, sent or dead-lettered, with why its last try failed. */
export type OutboxMessage = OutboxPage['messages']['items'][number];
export type OutboxStatus = OutboxMessage['status'];
export type MessageChannel = OutboxMessage['channel'];
export type OutboxCounts = OutboxPage['counts'];

export const OUTBOX_STATUSES = ['Pending', 'Sent', 'Failed'] as const satisfies readonly OutboxStatus[];
export const MESSAGE_CHANNELS = ['Email', 'Sms'] as const satisfies readonly MessageChannel[];

/** While messages wait, the page is asked again this often (ms): the sender delivers them within seconds. */
export const OUTBOX_POLL_MS = 10_000;

function getOutboxQueryOptions(query: GetOutboxQuery) {
  return queryOptions({
    queryKey: [...outboxQueryKey, 'list', query],
    queryFn: () => getOutbox(query),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => ((current.state.data?.counts.pending ?? 0) > 0 ? OUTBOX_POLL_MS : false),
  });
}

/** One page of the outbox (one request for both hooks: they share the query). */
export function useOutboxMessages(query: GetOutboxQuery) {
  return useQuery({ ...getOutboxQueryOptions(query), select: (page) => page.messages });
}

/** How many messages are in each status, for the filter's tabs. */
export function useOutboxCounts(query: GetOutboxQuery) {
  return useQuery({ ...getOutboxQueryOptions(query), select: (page) => page.counts });
}
