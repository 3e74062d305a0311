import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { RepaymentDialog } from '@/features/loans/components/repayment-dialog';
import { LOAN } from '@/features/loans/testing/fixtures';
import { formatDate, localToday } from '@/lib/format';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PREVIEW = '/api/v1/loans/l1/repayment-preview';
const REPAYMENTS = '/api/v1/loans/l1/repayments';

/** The first installment: the fee, the interest, then the principal. */
const SPLIT = { penalties: 0, fees: 1000, interest: 1000, principal: 33002, total: 35002 };

const POSTED = {
  id: 'r1',
  loanId: 'l1',
  sequence: 1,
  amount: 35002,
  date: '2026-11-21',
  channel: 'Cash',
  penaltiesPart: 0,
  feesPart: 1000,
  interestPart: 1000,
  principalPart: 33002,
  journalEntryId: 'j1',
  createdAt: '2026-11-21T10:00:00Z',
};

function renderDialog() {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<RepaymentDialog loan={LOAN} onClose={() => {}} />} />
      <Route path="/loans/:loanId/repayments/:repaymentId" element={<p>Reçu du remboursement</p>} />
    </Routes>,
  );
}

/** The labelled values of a details list, as "label: value" lines (no-break spaces made plain). */
function details(container: HTMLElement) {
  return within(container)
    .getAllByRole('term')
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent?.replace(/\s/g, ' ')}`);
}

describe('RepaymentDialog', () => {
  it('previews the split of the amount once typed, and posts it once confirmed with one idempotency key, retries included', async () => {
    let posts = 0;
    const api = fakeApi((path) => {
      if (path === PREVIEW) return jsonResponse(200, SPLIT);
      if (path !== REPAYMENTS) return jsonResponse(404, {});
      posts += 1;
      // The first attempt never reaches the server (the connection dropped); the retry does.
      return posts === 1 ? Promise.reject(new TypeError('Failed to fetch')) : jsonResponse(201, POSTED);
    });
    renderDialog();
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Montant (FCFA)'), '35 002');

    const preview = await screen.findByRole('region', { name: 'Répartition du paiement' });
    expect(await within(preview).findByText('Pénalités')).toBeInTheDocument();
    expect(details(preview)).toEqual([
      'Pénalités: 0 FCFA',
      'Frais: 1 000 FCFA',
      'Intérêts: 1 000 FCFA',
      'Capital: 33 002 FCFA',
    ]);
    // Asked once the typing paused, not for each keystroke.
    const previews = api.requestsTo('GET', PREVIEW).map((request) => new URL(request.url).searchParams.get('amount'));
    expect(previews).toEqual(['35002']);

    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    const review = await screen.findByRole('dialog', { name: 'Remboursement du crédit PR-000042' });
    expect(review).toHaveTextContent("Vérifiez l'opération avec le client avant de la confirmer.");
    expect(details(review)).toEqual([
      'N° de crédit: PR-000042',
      'Client: Afiavi Houngbédji',
      'Montant: 35 002 FCFA',
      `Date du paiement: ${formatDate(localToday()).replace(/\s/g, ' ')}`,
      'Canal: Espèces',
      'Référence: —',
      'Pénalités: 0 FCFA',
      'Frais: 1 000 FCFA',
      'Intérêts: 1 000 FCFA',
      'Capital: 33 002 FCFA',
    ]);
    expect(api.requestsTo('POST', REPAYMENTS)).toHaveLength(0);

    await user.click(within(review).getByRole('button', { name: 'Confirmer' }));
    expect(await within(review).findByText(/Le serveur ne répond pas/)).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText('Reçu du remboursement')).toBeInTheDocument();
    const sent = api.requestsTo('POST', REPAYMENTS);
    expect(sent).toHaveLength(2);
    const [first, retry] = sent.map((request) => request.headers.get('Idempotency-Key'));
    expect(first).toMatch(UUID);
    expect(retry).toBe(first);
    expect(await sent[1].json()).toEqual({ amount: 35002, date: localToday(), channel: 'Cash', reference: null });
  });

  it('says so when the amount is more than what is left to repay, and a changed amount gets a new key', async () => {
    const api = fakeApi((path, request) => {
      const amount = Number(new URL(request.url).searchParams.get('amount'));
      if (path === PREVIEW && amount > LOAN.outstanding) {
        return jsonResponse(422, { status: 422, code: 'repayment_exceeds_outstanding', detail: 'Too much.' });
      }
      if (path === PREVIEW) return jsonResponse(200, SPLIT);
      return jsonResponse(422, { status: 422, code: 'loan_not_active', detail: 'Not active.' });
    });
    renderDialog();
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Montant (FCFA)'), '200000');
    const preview = await screen.findByRole('region', { name: 'Répartition du paiement' });
    expect(await within(preview).findByText('Le montant dépasse le reste dû du crédit.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));
    await screen.findByText('Seul un crédit en cours reçoit des remboursements.');
    await user.click(screen.getByRole('button', { name: 'Modifier' }));
    await user.clear(await screen.findByLabelText('Montant (FCFA)'));
    await user.type(screen.getByLabelText('Montant (FCFA)'), '35002');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));
    await screen.findByText('Seul un crédit en cours reçoit des remboursements.');

    const keys = api.requestsTo('POST', REPAYMENTS).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });
});
