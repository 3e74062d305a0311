import { useMutation, useQueryClient } from '@tanstack/react-query';

import { reportRunsQueryKey, type ReportFormat } from '@/features/reporting/api/get-report-runs';
import { api } from '@/lib/api-client';
import { saveFile, unwrapFile } from '@/lib/download';
import type { paths } from '@/types/api';

/** The transaction explorer's filters and sort, as its page sends them (the page itself is left out: a file has every row). */
export type TransactionExportQuery = Omit<
  NonNullable<paths['/api/v1/transactions']['get']['parameters']['query']>,
  'page' | 'pageSize' | 'format'
>;

export type ExportTransactionsVariables = { query: TransactionExportQuery; format: ReportFormat };

/**
 * Every movement the explorer's filters select, in its sort, as a file (`transaction-explorer-20261203-101500.csv`);
 * the API keeps it in the export history like a report's.
 */
export function exportTransactions({ query, format }: ExportTransactionsVariables) {
  const extension = format.toLowerCase();
  return unwrapFile(
    api.GET('/api/v1/transactions', { params: { query: { ...query, format: extension } }, parseAs: 'blob' }),
    `transaction-explorer.${extension}`,
  );
}

/** Exports the explorer's selection and saves the file; the history then shows the new run. */
export function useExportTransactions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: exportTransactions,
    onSuccess: (file) => {
      saveFile(file);
      void queryClient.invalidateQueries({ queryKey: reportRunsQueryKey });
    },
  });
}
