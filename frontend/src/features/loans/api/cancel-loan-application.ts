import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import type { ReasonInput } from '@/lib/validation';

/** Any time before the disbursement. */
export function cancelLoanApplication({ id, data }: { id: string; data: ReasonInput }) {
  return unwrap(api.POST('/api/v1/loan-applications/{id}/cancel', { params: { path: { id } }, body: data }));
}

export const useCancelLoanApplication = () => useLoanMutation(cancelLoanApplication);
