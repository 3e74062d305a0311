import { usePostingMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

type ReverseVariables = { loanId: string; repaymentId: string; data: ReasonInput; idempotencyKey: string };

/** Reverses the repayment's entry and splits every later repayment again. */
export function reverseLoanRepayment({ loanId, repaymentId, data, idempotencyKey }: ReverseVariables) {
  return unwrap(
    api.POST('/api/v1/loans/{id}/repayments/{repaymentId}/reverse', {
      params: { path: { id: loanId, repaymentId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export const useReverseLoanRepayment = () => usePostingMutation(reverseLoanRepayment);
