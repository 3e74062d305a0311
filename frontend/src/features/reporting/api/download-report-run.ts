import { useMutation } from '@tanstack/react-query';

import type { ReportRun } from '@/features/reporting/api/get-report-runs';
import { api } from '@/lib/api-client';
import { saveFile, unwrapFile } from '@/lib/download';

/** An export of the history, as it was first served (stored, not made again). */
export function downloadReportRun(run: Pick<ReportRun, 'id' | 'fileName'>) {
  return unwrapFile(
    api.GET('/api/v1/report-runs/{id}/file', { params: { path: { id: run.id } }, parseAs: 'blob' }),
    run.fileName,
  );
}

/** Downloads an export of the history again and saves the file. */
export function useDownloadReportRun() {
  return useMutation({ mutationFn: downloadReportRun, onSuccess: saveFile });
}
