import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Account } from '@/features/deposits/api/get-accounts';
import { OpeningFeeReceipt } from '@/features/deposits/components/receipt';
import { ACCOUNT } from '@/features/deposits/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders, watchSavedFiles } from '@/testing/test-utils';

const ACTIVATED: Account = {
  ...ACCOUNT,
  balance: 0,
  openingFee: 2000,
  minimumBalance: 5000,
  activatedAt: '2026-11-21T09:30:00Z',
  openingFeePaid: 2000,
  openingFeeChannel: 'Cash',
  openingFeeEntryNumber: 812,
};

describe('OpeningFeeReceipt', () => {
  it('prints the fee paid at activation like any receipt: amount, channel, entry, client and account', async () => {
    fakeApi((path) => (path === '/api/v1/accounts/a1' ? jsonResponse(200, ACTIVATED) : jsonResponse(404, {})));
    renderWithProviders(<OpeningFeeReceipt account={ACTIVATED} />, { user: AGENT_USER });

    expect(screen.getByRole('heading', { name: "Reçu des frais d'ouverture" })).toBeInTheDocument();
    expect(await screen.findByText('Agence Cotonou Centre')).toBeInTheDocument();
    const text = document.body.textContent?.replace(/\s/g, ' ');
    expect(text).toContain('N° 812');
    expect(text).toContain('Espèces');
    expect(text).toContain('2 000 FCFA');
    expect(text).toContain('COT-000123-45');
    expect(text).toContain('Awa Koné');
    expect(screen.getByRole('button', { name: /Imprimer/ })).toBeInTheDocument();
  });

  it('downloads the receipt as the API prints it, beside Print', async () => {
    const { saved } = watchSavedFiles();
    const api = fakeApi((path) => {
      if (path === '/api/v1/accounts/a1') return jsonResponse(200, ACTIVATED);
      if (path === '/api/v1/accounts/a1/opening-fee-receipt')
        return new Response('%PDF-1.4 fee', {
          status: 200,
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename=recu-frais-COT-000123-45.pdf' },
        });
      return jsonResponse(404, {});
    });
    renderWithProviders(<OpeningFeeReceipt account={ACTIVATED} />, { user: AGENT_USER });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Télécharger le PDF' }));

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: 'recu-frais-COT-000123-45.pdf' }]));
    expect(api.requestsTo('GET', '/api/v1/accounts/a1/opening-fee-receipt')).toHaveLength(1);
  });
});
