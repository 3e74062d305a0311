import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Account } from '@/features/deposits/api/get-accounts';
import { OpeningFeeReceipt } from '@/features/deposits/components/receipt';
import { ACCOUNT } from '@/features/deposits/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

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
});
