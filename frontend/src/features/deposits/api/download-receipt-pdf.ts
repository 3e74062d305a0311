import { api } from '@/lib/api-client';
import { unwrapFile } from '@/lib/download';

/** The printable receipt of a movement (`recu-<entry>.pdf`), with the signature boxes. */
export function downloadReceiptPdf(id: string) {
  return unwrapFile(
    api.GET('/api/v1/transactions/{id}', { params: { path: { id }, query: { format: 'pdf' } }, parseAs: 'blob' }),
    'recu.pdf',
  );
}
