import { queryOptions, useQuery } from '@tanstack/react-query';

import { transactionsQueryKey } from '@/features/deposits/api/get-transactions';
import { api, unwrap } from '@/lib/api-client';

export function getTransaction(id: string) {
  return unwrap(api.GET('/api/v1/transactions/{id}', { params: { path: { id } } }));
}

/** A movement on an account, as the statement lists it and the receipt prints it. */
export type Transaction = Awaited<ReturnType<typeof getTransaction>>;
/** The channels money moves through, listed with the explorer's filters. */
export { CHANNELS, type Channel } from '@/features/deposits/api/get-transactions';

export function getTransactionQueryOptions(id: string) {
  return queryOptions({ queryKey: [...transactionsQueryKey, 'detail', id], queryFn: () => getTransaction(id) });
}

export function useTransaction(id: string) {
  return useQuery(getTransactionQueryOptions(id));
}
