import { useMutation, useQueryClient } from '@tanstack/react-query';

import { bankReconciliationQueryKey } from '@/features/accounting/api/get-bank-reconciliation';
import { api, unwrap } from '@/lib/api-client';

/** Records every suggested match of the bank account (same amount and side, ±3 days, the reference first). */
export function autoMatchBankStatement(glAccountId: string) {
  return unwrap(api.POST('/api/v1/bank-accounts/{glAccountId}/reconciliation/auto-match', { params: { path: { glAccountId } } }));
}

export function useAutoMatchBankStatement(glAccountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => autoMatchBankStatement(glAccountId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bankReconciliationQueryKey(glAccountId) }),
  });
}
