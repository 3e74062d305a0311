import { usePostingMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

/** Books what is left of the principal (and the penalties charged) as a loss; the loan is closed. */
export function writeOffLoan({ id, data, idempotencyKey }: { id: string; data: ReasonInput; idempotencyKey: string }) {
  return unwrap(
    api.POST('/api/v1/loans/{id}/write-off', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export const useWriteOffLoan = () => usePostingMutation(writeOffLoan);
