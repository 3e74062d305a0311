import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { Statement } from '@/features/deposits/components/statement';
import { ACCOUNT, movement } from '@/features/deposits/testing/fixtures';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders, watchSavedFiles } from '@/testing/test-utils';

const STATEMENT = {
  accountId: 'a1',
  accountNumber: ACCOUNT.number,
  clientName: ACCOUNT.clientName,
  currency: 'XOF',
  openingBalance: 10000,
  closingBalance: 30087,
  items: [
    movement(4, { amount: 50000, isCredit: true, balanceAfter: 60000, reference: 'VERS-01' }),
    movement(5, { type: 'Withdrawal', amount: 20000, isCredit: false, balanceAfter: 40000, channel: 'MobileMoney' }),
    movement(6, { type: 'TransferOut', amount: 10000, isCredit: false, balanceAfter: 30000, channel: undefined }),
    movement(7, { type: 'Interest', amount: 87, isCredit: true, balanceAfter: 30087, channel: undefined, reference: '2026-11' }),
  ],
  page: 1,
  pageSize: 20,
  totalCount: 4,
};


describe('Statement', () => {
  it('shows each movement as a debit or a credit with the running balance it left, between the opening and closing balances', async () => {
    const api = fakeApi((path) =>
      path === '/api/v1/accounts/a1/statement' ? jsonResponse(200, STATEMENT) : jsonResponse(404, {}),
    );
    renderWithProviders(<Statement account={ACCOUNT} />, { user: AGENT_USER });

    expect(await screen.findByText("Solde d'ouverture")).toBeInTheDocument();
    expect(screen.getByText("Solde d'ouverture").parentElement).toHaveTextContent('10 000 FCFA');
    expect(bodyRows()).toEqual([
      ['20 nov. 2026', 'Dépôt', 'Espèces', 'VERS-01', '', '50 000 FCFA', '60 000 FCFA'],
      ['20 nov. 2026', 'Retrait', 'Mobile money', '—', '20 000 FCFA', '', '40 000 FCFA'],
      ['20 nov. 2026', 'Virement émis', '—', '—', '10 000 FCFA', '', '30 000 FCFA'],
      ['20 nov. 2026', 'Intérêts créditeurs', '—', '2026-11', '', '87 FCFA', '30 087 FCFA'],
    ]);
    expect(screen.getByText('Solde de clôture').parentElement).toHaveTextContent('30 087 FCFA');
    const [request] = api.requestsTo('GET', '/api/v1/accounts/a1/statement');
    expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({ page: '1', pageSize: '20' });
  });

  it('asks for the chosen period, from its first page', async () => {
    const api = fakeApi(() => jsonResponse(200, STATEMENT));
    renderWithProviders(<Statement account={ACCOUNT} />, { user: AGENT_USER });
    const user = userEvent.setup();
    await screen.findByText('Solde de clôture');

    await user.type(screen.getByLabelText('Du'), '2026-11-01');
    await user.type(screen.getByLabelText('Au'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    await vi.waitFor(() => expect(api.requestsTo('GET', '/api/v1/accounts/a1/statement')).toHaveLength(2));
    const [, filtered] = api.requestsTo('GET', '/api/v1/accounts/a1/statement');
    expect(Object.fromEntries(new URL(filtered.url).searchParams)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      page: '1',
      pageSize: '20',
    });
  });

  it('downloads the PDF of the whole chosen period through the API client and saves it under the name the API gives', async () => {
    const { blobs, saved } = watchSavedFiles();
    const pdfName = 'releve-COT-00000001-27-20261101-20261130.pdf';
    const api = fakeApi((_path, request) =>
      new URL(request.url).searchParams.get('format') === 'pdf'
        ? new Response('%PDF-1.4 statement', {
            status: 200,
            headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename*=UTF-8''${pdfName}` },
          })
        : jsonResponse(200, STATEMENT),
    );
    renderWithProviders(<Statement account={ACCOUNT} />, { user: AGENT_USER });
    const user = userEvent.setup();
    await screen.findByText('Solde de clôture');
    await user.type(screen.getByLabelText('Du'), '2026-11-01');
    await user.type(screen.getByLabelText('Au'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    await user.click(screen.getByRole('button', { name: 'Télécharger le PDF' }));

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: pdfName }]));
    expect(await blobs[0].text()).toBe('%PDF-1.4 statement');
    const pdf = api.requestsTo('GET', '/api/v1/accounts/a1/statement').find((r) => r.url.includes('format'))!;
    expect(Object.fromEntries(new URL(pdf.url).searchParams)).toEqual({ from: '2026-11-01', to: '2026-11-30', format: 'pdf' });
    expect(pdf.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it("says why when the API refuses the PDF, and saves nothing", async () => {
    const { saved } = watchSavedFiles();
    fakeApi((_path, request) =>
      new URL(request.url).searchParams.get('format') === 'pdf'
        ? jsonResponse(400, { status: 400, title: 'Bad request', errors: { from: ['Un relevé imprimé couvre au plus 366 jours.'] } })
        : jsonResponse(200, STATEMENT),
    );
    renderWithProviders(<Statement account={ACCOUNT} />, { user: AGENT_USER });
    const user = userEvent.setup();
    await screen.findByText('Solde de clôture');

    await user.click(screen.getByRole('button', { name: 'Télécharger le PDF' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('366 jours');
    expect(saved).toEqual([]);
  });
});
