import { api } from '@/lib/api-client';
import { unwrapFile } from '@/lib/download';

/** The printable receipt of the opening fee paid at activation (`recu-frais-<account>.pdf`), with the signature boxes. */
export function downloadOpeningFeeReceiptPdf(accountId: string) {
  return unwrapFile(
    api.GET('/api/v1/accounts/{id}/opening-fee-receipt', { params: { path: { id: accountId } }, parseAs: 'blob' }),
    'recu-frais.pdf',
  );
}
