import { api } from '@/lib/api-client';
import { unwrapFile } from '@/lib/download';

/** The printable statement of a period (`releve-<account>-<from>-<to>.pdf`): every movement of it, not one page. */
export function downloadStatementPdf(id: string, period: { from?: string; to?: string }) {
  return unwrapFile(
    api.GET('/api/v1/accounts/{id}/statement', { params: { path: { id }, query: { ...period, format: 'pdf' } }, parseAs: 'blob' }),
    'releve.pdf',
  );
}
