import { useMutation, useQueryClient } from '@tanstack/react-query';

import { reportQuery, type ReportFilters } from '@/features/reporting/api/get-report';
import { reportRunsQueryKey, type ReportFormat } from '@/features/reporting/api/get-report-runs';
import { api } from '@/lib/api-client';
import { saveFile, unwrapFile } from '@/lib/download';

export type ExportReportVariables = { name: string; filters: ReportFilters; format: ReportFormat };

/**
 * Every row the filters select, as a file (named by the API, e.g. `client-balances-20261203-101500.csv`). The API keeps
 * the file in the history, where it can be downloaded again byte for byte.
 */
export function exportReport({ name, filters, format }: ExportReportVariables) {
  const extension = format.toLowerCase();
  return unwrapFile(
    api.GET('/api/v1/reports/{name}', {
      params: { path: { name }, query: { ...reportQuery(filters), format: extension } },
      parseAs: 'blob',
    }),
    `${name}.${extension}`,
  );
}

/** Exports a report and saves the file; the history then shows the new run. */
export function useExportReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: exportReport,
    onSuccess: (file) => {
      saveFile(file);
      void queryClient.invalidateQueries({ queryKey: reportRunsQueryKey });
    },
  });
}
