import { useMutation } from '@tanstack/react-query';

import type { AnomalyFilters } from '@/features/anomalies/api/get-anomalies';
import { api } from '@/lib/api-client';
import { saveFile, unwrapFile } from '@/lib/download';

export const ANOMALY_EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export type AnomalyExportFormat = (typeof ANOMALY_EXPORT_FORMATS)[number];

export type ExportAnomaliesVariables = { query: AnomalyFilters; format: AnomalyExportFormat };

/**
 * Every finding the list's filters select as a file (`anomalies-20261205-101500.csv`); the API keeps it in the export
 * history like a report's.
 */
export function exportAnomalies({ query, format }: ExportAnomaliesVariables) {
  return unwrapFile(
    api.GET('/api/v1/anomalies/export', { params: { query: { ...query, format } }, parseAs: 'blob' }),
    `anomalies.${format}`,
  );
}

export function useExportAnomalies() {
  return useMutation({ mutationFn: exportAnomalies, onSuccess: saveFile });
}
