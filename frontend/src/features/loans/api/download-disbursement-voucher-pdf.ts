import { api } from '@/lib/api-client';
import { unwrapFile } from '@/lib/download';

/** The printable disbursement voucher of a disbursed loan (`bordereau-decaissement-<number>.pdf`). */
export function downloadDisbursementVoucherPdf(id: string) {
  return unwrapFile(
    api.GET('/api/v1/loans/{id}/disbursement-voucher', { params: { path: { id } }, parseAs: 'blob' }),
    'bordereau-decaissement.pdf',
  );
}
