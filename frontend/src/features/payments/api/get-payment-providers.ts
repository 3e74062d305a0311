import { queryOptions, useQuery } from '@tanstack/react-query';

import { paymentsQueryKey } from '@/features/payments/api/get-payments';
import { api, unwrap } from '@/lib/api-client';

/** The institution's provider accounts, each with the deliveries it refused (forged or badly signed webhooks). */
export function getPaymentProviders() {
  return unwrap(api.GET('/api/v1/payments/providers'));
}

export type PaymentProvider = Awaited<ReturnType<typeof getPaymentProviders>>[number];

export function getPaymentProvidersQueryOptions() {
  return queryOptions({ queryKey: [...paymentsQueryKey, 'providers'], queryFn: getPaymentProviders });
}

export function usePaymentProviders() {
  return useQuery(getPaymentProvidersQueryOptions());
}
