import { useMutation, useQueryClient } from '@tanstack/react-query';

import { reportRunsQueryKey, type ReportFormat } from '@/features/reporting/api/get-report-runs';
import { api } from '@/lib/api-client';
import { saveFile, unwrapFile } from '@/lib/download';

export type ExportGeneralLedgerVariables = { glAccountId: string; from?: string; to?: string; format: ReportFormat };

/** Every line of a GL account's ledger over the period, with its running balance, as a file kept in the export history. */
export function exportGeneralLedger({ glAccountId, from, to, format }: ExportGeneralLedgerVariables) {
  const extension = format.toLowerCase();
  return unwrapFile(
    api.GET('/api/v1/gl-accounts/{id}/ledger', {
      params: { path: { id: glAccountId }, query: { from, to, format: extension } },
      parseAs: 'blob',
    }),
    `general-ledger.${extension}`,
  );
}

export function useExportGeneralLedger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: exportGeneralLedger,
    onSuccess: (file) => {
      saveFile(file);
      void queryClient.invalidateQueries({ queryKey: reportRunsQueryKey });
    },
  });
}
