import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

/** Sends the application back to its author as a draft, saying what to change. */
export function returnLoanApplication({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(api.POST('/api/v1/loan-applications/{id}/return', { params: { path: { id } }, body: data }));
}

export const useReturnLoanApplication = () => useLoanMutation(returnLoanApplication);
