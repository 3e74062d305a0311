import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import type { Account } from '@/features/deposits/api/get-accounts';
import { ActivateAccountDialog } from '@/features/deposits/components/activate-account-dialog';
import { ACCOUNT } from '@/features/deposits/testing/fixtures';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const APPROVED: Account = { ...ACCOUNT, status: 'Approved', balance: 0, openingFee: 2000, minimumBalance: 5000 };

describe('ActivateAccountDialog', () => {
  it('shows the fee and the minimum balance before activating, then opens the fee receipt', async () => {
    const api = fakeApi((path) =>
      path === '/api/v1/accounts/a1/activate'
        ? jsonResponse(200, { ...APPROVED, status: 'Active', openingFeePaid: 2000, openingFeeChannel: 'Cash' })
        : jsonResponse(404, {}),
    );
    const onClose = vi.fn();
    renderWithProviders(
      <Routes>
        <Route path="/" element={<ActivateAccountDialog account={APPROVED} onClose={onClose} />} />
        <Route path="/accounts/:accountId/opening-fee" element={<p>Reçu des frais</p>} />
      </Routes>,
    );
    const user = userEvent.setup();

    const dialog = screen.getByRole('dialog', { name: 'Activer le compte COT-000123-45' });
    const text = dialog.textContent?.replace(/\s/g, ' ');
    expect(text).toContain("Frais d'ouverture à encaisser maintenant : 2 000 FCFA.");
    expect(text).toContain('Solde minimum du produit : 5 000 FCFA. Le compte sera actif avec un solde de 0 FCFA');
    expect(api.fetch).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Activer' }));

    expect(await screen.findByText('Reçu des frais')).toBeInTheDocument();
    expect(onClose).toHaveBeenCalledOnce();
    const [post] = api.requestsTo('POST', '/api/v1/accounts/a1/activate');
    expect(await post.json()).toEqual({ channel: 'Cash' });
  });

  it('says when a product has no fee, and asks for no channel', async () => {
    fakeApi(() => jsonResponse(404, {}));
    renderWithProviders(
      <ActivateAccountDialog account={{ ...APPROVED, openingFee: 0, minimumBalance: 0 }} onClose={() => {}} />,
    );

    const dialog = screen.getByRole('dialog', { name: 'Activer le compte COT-000123-45' });
    expect(dialog).toHaveTextContent("Ce produit n'a pas de frais d'ouverture.");
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Paiement des frais par')).not.toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Activer' })).toBeEnabled());
  });
});
