import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

export function rejectLoanApplication({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(api.POST('/api/v1/loan-applications/{id}/reject', { params: { path: { id } }, body: data }));
}

export const useRejectLoanApplication = () => useLoanMutation(rejectLoanApplication);
