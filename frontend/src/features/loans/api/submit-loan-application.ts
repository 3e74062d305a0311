import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';

/** Sends a draft to the supervisors for review. */
export function submitLoanApplication(id: string) {
  return unwrap(api.POST('/api/v1/loan-applications/{id}/submit', { params: { path: { id } } }));
}

export const useSubmitLoanApplication = () => useLoanMutation(submitLoanApplication);
