import { z } from 'zod';

import type { LoanRepayment } from '@/features/loans/api/get-loan-repayments';
import { usePostingMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import { optionalTextSchema, positiveMoneySchema, requiredDateSchema } from '@/lib/validation';

export const CHANNELS = ['Cash', 'MobileMoney', 'BankTransfer'] as const satisfies readonly LoanRepayment['channel'][];

/** An amount in the loan's currency, the day it was paid, the channel it came through and a reference. */
export const repayLoanInputSchema = (currency: string) =>
  z.object({
    amount: positiveMoneySchema(currency),
    date: requiredDateSchema,
    channel: z.enum(CHANNELS),
    reference: optionalTextSchema(100),
  });

export type RepayLoanFormValues = z.input<ReturnType<typeof repayLoanInputSchema>>;
export type RepayLoanInput = z.output<ReturnType<typeof repayLoanInputSchema>>;

/** The key is made once per confirmation: a retry with it replays the first answer and takes no money twice. */
type RepayLoanVariables = { loanId: string; data: RepayLoanInput; idempotencyKey: string };

/** Split penalties → fees → interest → principal, oldest installment first; refused above the outstanding balance. */
export function repayLoan({ loanId, data, idempotencyKey }: RepayLoanVariables) {
  return unwrap(
    api.POST('/api/v1/loans/{id}/repayments', {
      params: { path: { id: loanId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export const useRepayLoan = () => usePostingMutation(repayLoan);
