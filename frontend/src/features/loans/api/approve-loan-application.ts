import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';

/** Eligibility is checked again; refused (422 `maker_checker`) to whoever created or recommended the application. */
export function approveLoanApplication(id: string) {
  return unwrap(api.POST('/api/v1/loan-applications/{id}/approve', { params: { path: { id } } }));
}

export const useApproveLoanApplication = () => useLoanMutation(approveLoanApplication);
