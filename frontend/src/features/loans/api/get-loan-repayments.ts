import { queryOptions, useQuery } from '@tanstack/react-query';

import { loansQueryKey } from '@/features/loans/api/get-loans';
import { api, unwrap } from '@/lib/api-client';

/** The loan's repayments, oldest first, each with how it was split (reversed ones included). */
export function getLoanRepayments(id: string) {
  return unwrap(api.GET('/api/v1/loans/{id}/transactions', { params: { path: { id } } }));
}

export type LoanRepayment = Awaited<ReturnType<typeof getLoanRepayments>>[number];

export function getLoanRepaymentsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...loansQueryKey, 'repayments', id], queryFn: () => getLoanRepayments(id) });
}

export function useLoanRepayments(id: string) {
  return useQuery(getLoanRepaymentsQueryOptions(id));
}
