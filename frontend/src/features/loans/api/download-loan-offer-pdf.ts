import { api } from '@/lib/api-client';
import { unwrapFile } from '@/lib/download';

/** The printable offer of an application not yet disbursed (`offre-pret-<number>.pdf`), with its full schedule. */
export function downloadLoanOfferPdf(id: string) {
  return unwrapFile(api.GET('/api/v1/loans/{id}/offer', { params: { path: { id } }, parseAs: 'blob' }), 'offre-pret.pdf');
}
