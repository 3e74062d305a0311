import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { invalidatePostedPaymentQueries } from '@/features/payments/api/invalidate-payment-queries';
import { api, unwrap } from '@/lib/api-client';
import { reasonInputSchema } from '@/lib/validation';

/** Crediting an orphan payment: the deposit account it goes to, and why. */
export const creditOrphanInputSchema = reasonInputSchema.extend({
  accountId: z.string().min(1, 'payments.orphans.chooseAccount'),
});

export type CreditOrphanInput = z.infer<typeof creditOrphanInputSchema>;

type ResolveOrphanVariables =
  | { id: string; resolution: 'Post'; data: CreditOrphanInput }
  | { id: string; resolution: 'Refunded'; data: { reason: string } };

/** A supervisor credits the money to a deposit account (a deposit, channel MobileMoney), or records its refund. */
export function resolveOrphanPayment({ id, resolution, data }: ResolveOrphanVariables) {
  return unwrap(
    api.POST('/api/v1/payments/orphans/{id}/resolve', { params: { path: { id } }, body: { resolution, ...data } }),
  );
}

export function useResolveOrphanPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveOrphanPayment,
    onSuccess: () => invalidatePostedPaymentQueries(queryClient),
  });
}
