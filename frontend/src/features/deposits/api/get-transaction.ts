import { queryOptions, useQuery } from '@tanstack/react-query';

import { transactionsQueryKey } from '@/features/deposits/api/get-transactions';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

/** A movement on an account, as the statement lists it and the receipt prints it. */
export type Transaction = components['schemas']['TransactionDto'];

/** Without `format` the API answers the JSON receipt (the same route answers its PDF: see download-receipt-pdf.ts). */
export async function getTransaction(id: string): Promise<Transaction> {
  return (await unwrap(api.GET('/api/v1/transactions/{id}', { params: { path: { id } } }))) as Transaction;
}
/** The channels money moves through, listed with the explorer's filters. */
export { CHANNELS, type Channel } from '@/features/deposits/api/get-transactions';

export function getTransactionQueryOptions(id: string) {
  return queryOptions({ queryKey: [...transactionsQueryKey, 'detail', id], queryFn: () => getTransaction(id) });
}

export function useTransaction(id: string) {
  return useQuery(getTransactionQueryOptions(id));
}
