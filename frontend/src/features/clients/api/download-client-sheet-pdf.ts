import { api } from '@/lib/api-client';
import { unwrapFile } from '@/lib/download';

/** The printable client sheet (`fiche-client-<number>.pdf`): identity, contact, accounts and loans. */
export function downloadClientSheetPdf(id: string) {
  return unwrapFile(
    api.GET('/api/v1/clients/{id}', { params: { path: { id }, query: { format: 'pdf' } }, parseAs: 'blob' }),
    'fiche-client.pdf',
  );
}
