import { useMutation, useQueryClient } from '@tanstack/react-query';

import { paymentQueryKey } from '@/features/payments/api/get-payment';
import {
  invalidatePaymentLists,
  invalidatePostedPaymentQueries,
} from '@/features/payments/api/invalidate-payment-queries';
import { api, unwrap } from '@/lib/api-client';

/** Asks the provider now what became of a pending payment (what a job does after a few minutes); a settled one answers as it is. */
export function reconcilePayment(id: string) {
  return unwrap(api.POST('/api/v1/payments/{id}/reconcile', { params: { path: { id } } }));
}

export function useReconcilePayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reconcilePayment,
    onSuccess: (payment) => {
      queryClient.setQueryData(paymentQueryKey(payment.id), payment);
      void (payment.status === 'Pending'
        ? invalidatePaymentLists(queryClient)
        : invalidatePostedPaymentQueries(queryClient));
    },
  });
}
