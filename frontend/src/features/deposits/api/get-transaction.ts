import { queryOptions, useQuery } from '@tanstack/react-query';

import { transactionsQueryKey } from '@/features/deposits/api/get-transactions';
import { api, unwrap } from '@/lib/api-client';

export function getTransaction(id: string) {
  return unwrap(api.GET('/api/v1/transactions/{id}', { params: { path: { id } } }));
}

/** A movement on an account, as the statement lists it and the receipt prints it. */
export type Transaction = Awaited<ReturnType<typeof getTransaction>>;
export type Channel = NonNullable<Transaction['channel']>;

export const CHANNELS = ['Cash', 'MobileMoney', 'BankTransfer'] as const satisfies readonly Channel[];

export function getTransactionQueryOptions(id: string) {
  return queryOptions({ queryKey: [...transactionsQueryKey, 'detail', id], queryFn: () => getTransaction(id) });
}

export function useTransaction(id: string) {
  return useQuery(getTransactionQueryOptions(id));
}
