import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';
import { orderedPeriod, periodFields } from '@/lib/validation';
import type { paths } from '@/types/api';

export type GetPaymentsQuery = NonNullable<paths['/api/v1/payments']['get']['parameters']['query']>;

/** Every query about mobile-money payments (lists, a payment, orphans, providers) starts with this key. */
export const paymentsQueryKey = ['payments'] as const;

export function getPayments(query: GetPaymentsQuery) {
  return unwrap(api.GET('/api/v1/payments', { params: { query } }));
}

/** A mobile-money payment asked of a payer, with what the provider answered and its history. */
export type Payment = Awaited<ReturnType<typeof getPayments>>['items'][number];
export type PaymentStatus = Payment['status'];
export type PaymentPurpose = Payment['purpose'];
export type PaymentEvent = Payment['events'][number];

export const PAYMENT_STATUSES = [
  'Pending',
  'Succeeded',
  'Failed',
  'Expired',
  'Flagged',
  'Refunded',
] as const satisfies readonly PaymentStatus[];

export const PAYMENT_PURPOSES = [
  'Deposit',
  'AccountOpeningFee',
  'LoanRepayment',
  'TontineAdhesionFee',
  'TontineContribution',
] as const satisfies readonly PaymentPurpose[];

/** A blank select is no filter. */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().pipe(z.union([z.literal('').transform(() => undefined), z.enum(values)]));

/** The list's filters as typed: status, purpose, provider and period, each optional. */
export const paymentFiltersSchema = orderedPeriod(
  z.object({
    ...periodFields,
    status: optionalEnum(PAYMENT_STATUSES),
    purpose: optionalEnum(PAYMENT_PURPOSES),
    provider: z.string().transform((value) => value || undefined),
  }),
);

export type PaymentFiltersInput = z.input<typeof paymentFiltersSchema>;
export type PaymentFilters = z.output<typeof paymentFiltersSchema>;

/** While a payment of the page waits for its provider, the page is asked again this often (ms). */
export const PAYMENT_LIST_POLL_MS = 5_000;

export function getPaymentsQueryOptions(query: GetPaymentsQuery) {
  return queryOptions({
    queryKey: [...paymentsQueryKey, 'list', query],
    queryFn: () => getPayments(query),
    placeholderData: keepPreviousData,
    // A pending payment settles on its own (the provider's webhook): its row follows without a reload.
    refetchInterval: (query) =>
      query.state.data?.items.some((payment) => payment.status === 'Pending') ? PAYMENT_LIST_POLL_MS : false,
  });
}

export function usePayments(query: GetPaymentsQuery) {
  return useQuery(getPaymentsQueryOptions(query));
}
