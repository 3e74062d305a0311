import { useMutation, useQueryClient } from '@tanstack/react-query';

import { bankReconciliationQueryKey } from '@/features/accounting/api/get-bank-reconciliation';
import { api, unwrap } from '@/lib/api-client';

/** Sends the file's bytes as they are: the API reads UTF-8 or Latin-1 (a browser would decode Latin-1 wrongly). */
export function importBankStatement({ glAccountId, file }: { glAccountId: string; file: File }) {
  return unwrap(
    api.POST('/api/v1/bank-accounts/{glAccountId}/statements', {
      params: { path: { glAccountId }, query: { fileName: file.name } },
      headers: { 'Content-Type': 'text/csv' },
      body: '',
      bodySerializer: () => file,
    }),
  );
}

export function useImportBankStatement(glAccountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importBankStatement({ glAccountId, file }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bankReconciliationQueryKey(glAccountId) }),
  });
}
