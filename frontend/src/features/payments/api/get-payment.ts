import { queryOptions, useQuery } from '@tanstack/react-query';

import { paymentsQueryKey, type Payment } from '@/features/payments/api/get-payments';
import { invalidatePostedPaymentQueries } from '@/features/payments/api/invalidate-payment-queries';
import { api, unwrap } from '@/lib/api-client';

export function getPayment(id: string) {
  return unwrap(api.GET('/api/v1/payments/{id}', { params: { path: { id } } }));
}

/** While a payment waits for its provider, it is asked again this often (ms): the sandbox answers in about 2 s. */
export const PAYMENT_POLL_MS = 1_000;

export const paymentQueryKey = (id: string) => [...paymentsQueryKey, 'detail', id] as const;

export function getPaymentQueryOptions(id: string) {
  return queryOptions({
    queryKey: paymentQueryKey(id),
    queryFn: async ({ client, queryKey }) => {
      const before = client.getQueryData<Payment>(queryKey)?.status;
      const payment = await getPayment(id);
      // It settled since last asked: what it posted (or not) shows everywhere without a reload.
      if (before === 'Pending' && payment.status !== 'Pending') void invalidatePostedPaymentQueries(client);
      return payment;
    },
    // Asked every second while Pending, never again once settled (only a supervisor changes it then).
    refetchInterval: (query) => (query.state.data?.status === 'Pending' ? PAYMENT_POLL_MS : false),
  });
}

export function usePayment(id: string) {
  return useQuery(getPaymentQueryOptions(id));
}
