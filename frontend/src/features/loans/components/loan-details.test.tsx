import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Loan } from '@/features/loans/api/get-loans';
import { LoanDetails } from '@/features/loans/components/loan-details';
import { LOAN } from '@/features/loans/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders, watchSavedFiles } from '@/testing/test-utils';

const VOUCHER = 'bordereau-decaissement-PR-000042.pdf';

function loanApi(loan: Loan) {
  return fakeApi((path) => {
    if (path === '/api/v1/loans/l1') return jsonResponse(200, loan);
    if (path === '/api/v1/loans/l1/disbursement-voucher')
      return new Response('%PDF-1.4 voucher', {
        status: 200,
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename=${VOUCHER}` },
      });
    return jsonResponse(404, { status: 404, title: 'Not found' });
  });
}

describe('LoanDetails', () => {
  it('downloads the disbursement voucher of a disbursed loan as the API prints it, beside Print', async () => {
    const { blobs, saved } = watchSavedFiles();
    const api = loanApi(LOAN);
    renderWithProviders(<LoanDetails loanId="l1" />, { user: AGENT_USER });
    const user = userEvent.setup();

    const voucher = await screen.findByRole('button', { name: 'Bordereau de décaissement (PDF)' });
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Offre de prêt (PDF)' })).not.toBeInTheDocument();
    await user.click(voucher);

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: VOUCHER }]));
    expect(await blobs[0].text()).toBe('%PDF-1.4 voucher');
    expect(api.requestsTo('GET', '/api/v1/loans/l1/disbursement-voucher')).toHaveLength(1);
  });

  it('offers the loan offer, not a voucher, for an application not yet disbursed', async () => {
    loanApi({ ...LOAN, status: 'Approved', disbursementDate: undefined });
    renderWithProviders(<LoanDetails loanId="l1" />, { user: AGENT_USER });

    expect(await screen.findByRole('button', { name: 'Offre de prêt (PDF)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bordereau de décaissement (PDF)' })).not.toBeInTheDocument();
  });
});
