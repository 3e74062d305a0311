import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import { loansQueryKey } from '@/features/loans/api/get-loans';
import { api, unwrap } from '@/lib/api-client';

/** How a repayment of `amount` would be split now (penalties, fees, interest, principal); writes nothing. */
export function getRepaymentPreview(id: string, amount: number) {
  return unwrap(api.GET('/api/v1/loans/{id}/repayment-preview', { params: { path: { id }, query: { amount } } }));
}

/** Asks nothing while there is no valid amount (`null`). */
export function getRepaymentPreviewQueryOptions(id: string, amount: number | null) {
  return queryOptions({
    queryKey: [...loansQueryKey, 'repayment-preview', id, amount],
    queryFn: amount ? () => getRepaymentPreview(id, amount) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useRepaymentPreview(id: string, amount: number | null) {
  return useQuery(getRepaymentPreviewQueryOptions(id, amount));
}
