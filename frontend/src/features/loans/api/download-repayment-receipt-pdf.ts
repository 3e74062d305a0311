import { api } from '@/lib/api-client';
import { unwrapFile } from '@/lib/download';

/** The printable receipt of a repayment (`recu-remboursement-<number>-<n>.pdf`): its allocation and what remains. */
export function downloadRepaymentReceiptPdf(loanId: string, repaymentId: string) {
  return unwrapFile(
    api.GET('/api/v1/loans/{id}/repayments/{repaymentId}/receipt', {
      params: { path: { id: loanId, repaymentId } },
      parseAs: 'blob',
    }),
    'recu-remboursement.pdf',
  );
}
