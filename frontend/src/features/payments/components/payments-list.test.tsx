import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Payment } from '@/features/payments/api/get-payments';
import { PaymentsList } from '@/features/payments/components/payments-list';
import {
  FLAGGED_PAYMENT,
  PENDING_PAYMENT,
  PROVIDERS,
  SUCCEEDED_PAYMENT,
} from '@/features/payments/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const PAYMENTS: Payment[] = [
  { ...PENDING_PAYMENT, id: 'p1' },
  { ...SUCCEEDED_PAYMENT, id: 'p2', purpose: 'LoanRepayment', targetId: 'l1', targetNumber: 'PR-000042' },
  { ...FLAGGED_PAYMENT, id: 'p3' },
  { ...FLAGGED_PAYMENT, id: 'p4', purpose: 'AccountOpeningFee', amount: 2500, flagReason: 'account_status_conflict' },
  { ...FLAGGED_PAYMENT, id: 'p5', flagReason: 'currency_mismatch', receivedCurrency: 'EUR' },
  { ...PENDING_PAYMENT, id: 'p6', status: 'Failed' },
  { ...PENDING_PAYMENT, id: 'p7', status: 'Expired' },
  { ...PENDING_PAYMENT, id: 'p8', status: 'Refunded' },
];

function listApi() {
  return fakeApi((path) => {
    if (path === '/api/v1/payments/providers') return jsonResponse(200, PROVIDERS);
    if (path === '/api/v1/payments') {
      return jsonResponse(200, { items: PAYMENTS, page: 1, pageSize: 20, totalCount: PAYMENTS.length });
    }
    return jsonResponse(404, {});
  });
}

/** The purpose, target, amount and status of each row of the table's body. */
function rows() {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body)
    .getAllByRole('row')
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      // The amount's cell also holds the status on a phone (which jsdom does not hide): its first line only.
      const amount = cells[5].querySelector('.text-nowrap');
      return [cells[1].textContent, cells[2].textContent, amount?.textContent, cells[6].textContent].map((text) =>
        text?.replace(/\s/g, ' '),
      );
    });
}

describe('PaymentsList', () => {
  it('names statuses, purposes and flag reasons in French, each payment linked to its page and its target', async () => {
    listApi();
    renderWithProviders(<PaymentsList />, { user: AGENT_USER });

    expect(await screen.findByRole('link', { name: 'PR-000042' })).toBeInTheDocument();
    expect(rows()).toEqual([
      ['Dépôt', 'COT-000123-45Awa Koné', '50 000 FCFA', 'En attente'],
      ['Remboursement de prêt', 'PR-000042Awa Koné', '50 000 FCFA', 'Réussi'],
      ['Dépôt', 'COT-000123-45Awa Koné', '50 000 FCFA', 'SignaléMontant reçu différent'],
      ["Frais d'ouverture", 'COT-000123-45Awa Koné', '2 500 FCFA', 'SignaléCompte non actif'],
      ['Dépôt', 'COT-000123-45Awa Koné', '50 000 FCFA', 'SignaléDevise différente'],
      ['Dépôt', 'COT-000123-45Awa Koné', '50 000 FCFA', 'Échoué'],
      ['Dépôt', 'COT-000123-45Awa Koné', '50 000 FCFA', 'Expiré'],
      ['Dépôt', 'COT-000123-45Awa Koné', '50 000 FCFA', 'Remboursé'],
    ]);
    const [, body] = screen.getAllByRole('rowgroup');
    const [first, second] = within(body).getAllByRole('row');
    expect(within(first).getAllByRole('link')[0]).toHaveAttribute('href', '/paiements/p1');
    expect(within(first).getByRole('link', { name: 'COT-000123-45' })).toHaveAttribute('href', '/accounts/a1');
    expect(within(second).getByRole('link', { name: 'PR-000042' })).toHaveAttribute('href', '/loans/l1');
  });

  it('offers the filters in French and asks for the chosen ones, from the first page', async () => {
    const api = listApi();
    renderWithProviders(<PaymentsList />, { user: AGENT_USER });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'PR-000042' });

    const status = screen.getByLabelText('Statut');
    expect(within(status).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tous les statuts',
      'En attente',
      'Réussi',
      'Échoué',
      'Expiré',
      'Signalé',
      'Remboursé',
    ]);
    const purpose = screen.getByLabelText('Objet');
    expect(within(purpose).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tous les objets',
      'Dépôt',
      "Frais d'ouverture",
      'Remboursement de prêt',
      "Frais d'adhésion tontine",
      'Cotisation tontine',
    ]);

    await user.selectOptions(status, 'Flagged');
    await user.selectOptions(purpose, 'Deposit');
    await user.selectOptions(screen.getByLabelText('Opérateur'), 'sandbox');
    await user.type(screen.getByLabelText('Du'), '2026-12-01');
    await user.type(screen.getByLabelText('Au'), '2026-12-03');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    // The submit is asynchronous and the previous page stays on screen meanwhile: wait for the request itself.
    await waitFor(() => {
      const requests = api.requestsTo('GET', '/api/v1/payments');
      expect(Object.fromEntries(new URL(requests.at(-1)!.url).searchParams)).toEqual({
        status: 'Flagged',
        purpose: 'Deposit',
        provider: 'sandbox',
        from: '2026-12-01',
        to: '2026-12-03',
        page: '1',
        pageSize: '20',
      });
    });
  });
});
