import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type ClientMessage = components['schemas']['ClientMessageDto'];

type ClientMessagesParams = { clientId: string; page: number; pageSize: number };

/** What was written to the client (the SMS reminders), newest first, with where each delivery stands. */
export function getClientMessages({ clientId, page, pageSize }: ClientMessagesParams) {
  return unwrap(
    api.GET('/api/v1/clients/{id}/messages', { params: { path: { id: clientId }, query: { page, pageSize } } }),
  );
}

export function getClientMessagesQueryOptions(params: ClientMessagesParams) {
  return queryOptions({
    queryKey: [...clientsQueryKey, 'messages', params],
    queryFn: () => getClientMessages(params),
    placeholderData: keepPreviousData,
  });
}

export function useClientMessages(params: ClientMessagesParams) {
  return useQuery(getClientMessagesQueryOptions(params));
}
