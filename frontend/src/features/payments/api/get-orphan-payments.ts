import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { paymentsQueryKey } from '@/features/payments/api/get-payments';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetOrphanPaymentsQuery = NonNullable<paths['/api/v1/payments/orphans']['get']['parameters']['query']>;

export const orphanPaymentsQueryKey = [...paymentsQueryKey, 'orphans'] as const;

/** Money a provider confirmed for no pending payment (an unknown reference, or one already settled), oldest first. */
export function getOrphanPayments(query: GetOrphanPaymentsQuery) {
  return unwrap(api.GET('/api/v1/payments/orphans', { params: { query } }));
}

export type OrphanPayment = Awaited<ReturnType<typeof getOrphanPayments>>['items'][number];

export function getOrphanPaymentsQueryOptions(query: GetOrphanPaymentsQuery) {
  return queryOptions({
    queryKey: [...orphanPaymentsQueryKey, query],
    queryFn: () => getOrphanPayments(query),
    placeholderData: keepPreviousData,
  });
}

export function useOrphanPayments(query: GetOrphanPaymentsQuery) {
  return useQuery(getOrphanPaymentsQueryOptions(query));
}
