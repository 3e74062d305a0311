import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { paymentQueryKey } from '@/features/payments/api/get-payment';
import type { PaymentPurpose } from '@/features/payments/api/get-payments';
import { invalidatePaymentLists } from '@/features/payments/api/invalidate-payment-queries';
import { api, unwrap } from '@/lib/api-client';
import { phoneSchema, positiveMoneySchema } from '@/lib/validation';

/**
 * What a payment is asked for, as the page that starts it knows it: a deposit or the opening fee of an account, or
 * the repayment of a loan (`id` and `number` are the account's or the loan's).
 */
export type PaymentTarget = {
  purpose: PaymentPurpose;
  id: string;
  number: string;
  clientName: string;
  currency: string;
  /** The amount is set (the product's opening fee): shown, not typed. */
  fixedAmount?: number;
  /** The most that may be asked (what is left to repay on a loan). */
  maxAmount?: number;
};

/** The provider every institution has in a demo or a test (docs/payments.md): chosen unless the user picks another. */
export const DEFAULT_PROVIDER = 'sandbox';

/**
 * What the agent types: the amount (at most `maxAmount`, e.g. what is left to repay on a loan), the payer's phone in
 * international format (spaces allowed) and the provider that will ask the payer.
 */
export const createPaymentInputSchema = (currency: string, maxAmount?: number) =>
  z.object({
    amount: positiveMoneySchema(currency).refine(
      (amount) => maxAmount === undefined || amount <= maxAmount,
      'payments.amountAboveMaximum',
    ),
    payerPhone: phoneSchema,
    provider: z.string().min(1, 'payments.chooseProvider'),
  });

export type CreatePaymentFormValues = z.input<ReturnType<typeof createPaymentInputSchema>>;
export type CreatePaymentInput = z.output<ReturnType<typeof createPaymentInputSchema>>;

/** The key is made once per confirmation: a retry with it replays the first answer and asks the payer only once. */
export type CreatePaymentVariables = {
  purpose: PaymentPurpose;
  targetId: string;
  data: CreatePaymentInput;
  idempotencyKey: string;
};

/** Answers the payment Pending, with what the payer must do; the provider confirms it later (webhook). */
export function createPayment({ purpose, targetId, data, idempotencyKey }: CreatePaymentVariables) {
  return unwrap(
    api.POST('/api/v1/payments', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { purpose, targetId, ...data },
    }),
  );
}

export function useCreatePayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPayment,
    onSuccess: (payment) => {
      // Its page (and the dialog that follows it) starts from the answer, then asks every second while Pending.
      queryClient.setQueryData(paymentQueryKey(payment.id), payment);
      void invalidatePaymentLists(queryClient);
    },
  });
}
