import { queryOptions, useQuery } from '@tanstack/react-query';

import { anomaliesQueryKey } from '@/features/anomalies/api/get-anomalies';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

type MovementPage = components['schemas']['TransactionPageDto'];

/** The most movements a finding's history chart shows (one page of the explorer). */
export const CLIENT_HISTORY_SIZE = 100;

type ClientMovementsQuery = { clientId: string; from: string; to: string };

/**
 * A client's movements over a period (the transaction explorer, filtered by client), newest first. Without `format`
 * the route answers its JSON page.
 */
export async function getClientMovements({ clientId, from, to }: ClientMovementsQuery): Promise<MovementPage> {
  const query = { clientId, from, to, page: 1, pageSize: CLIENT_HISTORY_SIZE };
  return (await unwrap(api.GET('/api/v1/transactions', { params: { query } }))) as MovementPage;
}

export type ClientMovement = MovementPage['items'][number];

export function useClientMovements(query: ClientMovementsQuery) {
  return useQuery(
    queryOptions({
      queryKey: [...anomaliesQueryKey, 'client-movements', query],
      queryFn: () => getClientMovements(query),
    }),
  );
}
