import { useMutation, useQueryClient } from '@tanstack/react-query';

import { bankReconciliationQueryKey } from '@/features/accounting/api/get-bank-reconciliation';
import { api, unwrap } from '@/lib/api-client';

export function unmatchBankStatementLine(statementLineId: string) {
  return unwrap(api.POST('/api/v1/bank-statement-lines/{id}/unmatch', { params: { path: { id: statementLineId } } }));
}

export function useUnmatchBankStatementLine(glAccountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unmatchBankStatementLine,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bankReconciliationQueryKey(glAccountId) }),
  });
}
