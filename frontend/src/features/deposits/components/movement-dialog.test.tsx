import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import type { WithdrawalRequest } from '@/features/deposits/api/get-withdrawals';
import { MovementDialog } from '@/features/deposits/components/movement-dialog';
import { ACCOUNT, movement } from '@/features/deposits/testing/fixtures';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

// As the page reads once its (no-break) spaces are normalised: formatMoney's own tests check the exact characters.
const AMOUNT = '150 000 FCFA';

const POSTED = movement(3, { amount: 150000, balanceAfter: 350000, valueDate: '2026-11-21' });

const PENDING: WithdrawalRequest = {
  id: 'w1',
  accountId: 'a1',
  accountNumber: ACCOUNT.number,
  clientName: ACCOUNT.clientName,
  amount: 150000,
  currency: 'XOF',
  channel: 'Cash',
  status: 'Pending',
  requestedBy: 'u1',
  requestedAt: '2026-11-21T09:30:00Z',
};

function renderDialog(kind: 'deposit' | 'withdrawal', onClose = () => {}) {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<MovementDialog kind={kind} account={ACCOUNT} onClose={onClose} />} />
      <Route path="/receipts/:transactionId" element={<p>Page du reçu</p>} />
    </Routes>,
  );
}

async function fillAndReview(amount: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Montant (FCFA)'), amount);
  await user.click(screen.getByRole('button', { name: 'Vérifier' }));
  return user;
}

describe('MovementDialog', () => {
  it('posts a deposit only once confirmed, and reuses one idempotency key when the confirmation is retried', async () => {
    let depositCalls = 0;
    const api = fakeApi((path) => {
      if (path !== '/api/v1/accounts/a1/deposits') return jsonResponse(404, {});
      depositCalls += 1;
      // The first attempt never reaches the server (the connection dropped); the retry does.
      return depositCalls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : jsonResponse(201, POSTED);
    });
    renderDialog('deposit');

    const user = await fillAndReview('150 000');

    // The review: nothing has been sent yet (only the categories were read, for the form).
    const review = await screen.findByRole('dialog', { name: 'Dépôt sur le compte COT-000123-45' });
    expect(api.requestsTo('POST', '/api/v1/accounts/a1/deposits')).toHaveLength(0);
    expect(review).toHaveTextContent(AMOUNT);
    expect(review).toHaveTextContent('COT-000123-45');
    expect(review).toHaveTextContent('Awa Koné');
    expect(review).toHaveTextContent('Espèces');

    await user.click(within(review).getByRole('button', { name: 'Confirmer' }));
    expect(await within(review).findByText(/Le serveur ne répond pas/)).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText('Page du reçu')).toBeInTheDocument();
    const posts = api.requestsTo('POST', '/api/v1/accounts/a1/deposits');
    expect(posts).toHaveLength(2);
    const keys = posts.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await posts[1].json()).toEqual({ amount: 150000, channel: 'Cash', reference: null, categoryId: null });
  });

  it('sends a double-clicked confirmation once, then closes and opens the receipt', async () => {
    let answer: (response: Response) => void = () => {};
    const api = fakeApi(() => new Promise<Response>((resolve) => (answer = resolve)));
    const onClose = vi.fn();
    renderDialog('deposit', onClose);

    await fillAndReview('150000');
    const confirm = await screen.findByRole('button', { name: 'Confirmer' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/accounts/a1/deposits')).toHaveLength(1));
    answer(jsonResponse(201, POSTED));

    expect(await screen.findByText('Page du reçu')).toBeInTheDocument();
    expect(onClose).toHaveBeenCalledOnce();
    expect(api.requestsTo('POST', '/api/v1/accounts/a1/deposits')).toHaveLength(1);
  });

  it('gives a changed operation a new idempotency key', async () => {
    const api = fakeApi(() => jsonResponse(422, { title: 'Unprocessable', status: 422, code: 'insufficient_funds' }));
    renderDialog('deposit');

    const user = await fillAndReview('150000');
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByText(/Solde insuffisant/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Modifier' }));
    await user.clear(await screen.findByLabelText('Montant (FCFA)'));
    await fillAndReview('100000');
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    await screen.findByText(/Solde insuffisant/);
    const keys = api.requestsTo('POST', '/api/v1/accounts/a1/deposits').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('says clearly that a withdrawal above the threshold waits for a supervisor, and shows no receipt', async () => {
    const api = fakeApi((path) =>
      path === '/api/v1/accounts/a1/withdrawals' ? jsonResponse(202, PENDING) : jsonResponse(404, {}),
    );
    renderDialog('withdrawal');

    const user = await fillAndReview('150000');
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    const notice = await screen.findByRole('dialog', { name: 'Retrait en attente de validation' });
    expect(within(notice).getByRole('status')).toHaveTextContent(
      `Le retrait de ${AMOUNT} sur le compte COT-000123-45 dépasse le seuil du produit : il attend la validation d'un superviseur.`,
    );
    expect(within(notice).getByRole('status')).toHaveTextContent('Le solde ne change pas');
    expect(screen.queryByText('Page du reçu')).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/v1/accounts/a1/withdrawals')).toHaveLength(1);
  });

  it('refuses an amount with decimals before asking the API (FCFA has none)', async () => {
    const api = fakeApi(() => jsonResponse(404, {}));
    renderDialog('deposit');

    await fillAndReview('100.5');

    expect(await screen.findByLabelText('Montant (FCFA)')).toHaveAccessibleDescription(/sans décimales pour le FCFA/);
    expect(screen.queryByRole('button', { name: 'Confirmer' })).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/v1/accounts/a1/deposits')).toHaveLength(0);
  });
});
