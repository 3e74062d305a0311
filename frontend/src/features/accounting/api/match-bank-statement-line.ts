import { useMutation, useQueryClient } from '@tanstack/react-query';

import { bankReconciliationQueryKey } from '@/features/accounting/api/get-bank-reconciliation';
import { api, unwrap } from '@/lib/api-client';

export function matchBankStatementLine({ statementLineId, journalLineId }: { statementLineId: string; journalLineId: string }) {
  return unwrap(
    api.POST('/api/v1/bank-statement-lines/{id}/match', { params: { path: { id: statementLineId } }, body: { journalLineId } }),
  );
}

/** Matches a statement line with a journal line of its bank account (a suggestion confirmed, or a pair chosen by hand). */
export function useMatchBankStatementLine(glAccountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: matchBankStatementLine,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bankReconciliationQueryKey(glAccountId) }),
  });
}
