import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';

/** The supervisor recommends the reviewed application to an administrator for the decision. */
export function recommendLoanApplication(id: string) {
  return unwrap(api.POST('/api/v1/loan-applications/{id}/recommend', { params: { path: { id } } }));
}

export const useRecommendLoanApplication = () => useLoanMutation(recommendLoanApplication);
