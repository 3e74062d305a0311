import { useMutation, useQueryClient } from '@tanstack/react-query';

import { paymentQueryKey } from '@/features/payments/api/get-payment';
import { invalidatePostedPaymentQueries } from '@/features/payments/api/invalidate-payment-queries';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';
import type { components } from '@/types/api';

export type PaymentResolution = components['schemas']['PaymentResolution'];

type ResolvePaymentVariables = { id: string; resolution: PaymentResolution; data: ReasonInput };

/**
 * A supervisor settles a flagged payment: `Post` posts the amount that arrived to the payment's target, `Refunded`
 * records that the money went back to the payer. Refused (422) to anything but a flagged payment.
 */
export function resolvePayment({ id, resolution, data }: ResolvePaymentVariables) {
  return unwrap(api.POST('/api/v1/payments/{id}/resolve', { params: { path: { id } }, body: { resolution, ...data } }));
}

export function useResolvePayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolvePayment,
    onSuccess: (payment) => {
      queryClient.setQueryData(paymentQueryKey(payment.id), payment);
      void invalidatePostedPaymentQueries(queryClient);
    },
  });
}
