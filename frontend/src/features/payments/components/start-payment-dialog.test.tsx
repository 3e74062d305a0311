import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { PaymentTarget } from '@/features/payments/api/create-payment';
import type { Payment } from '@/features/payments/api/get-payments';
import { StartPaymentDialog } from '@/features/payments/components/start-payment-dialog';
import {
  DEPOSIT_TARGET,
  FLAGGED_PAYMENT,
  PENDING_PAYMENT,
  PROVIDERS,
  SUCCEEDED_PAYMENT,
} from '@/features/payments/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PROVIDERS_PATH = '/api/v1/payments/providers';
const PAYMENTS_PATH = '/api/v1/payments';
const PAYMENT_PATH = '/api/v1/payments/pay1';

/** The provider's answers, one per poll of the payment, the last one repeated. */
function providerApi(polls: Payment[], created: Payment = PENDING_PAYMENT) {
  let poll = 0;
  return fakeApi((path, request) => {
    if (path === PROVIDERS_PATH) return jsonResponse(200, PROVIDERS);
    if (path === PAYMENTS_PATH && request.method === 'POST') return jsonResponse(201, created);
    if (path === PAYMENT_PATH) return jsonResponse(200, polls[Math.min(poll++, polls.length - 1)]);
    return jsonResponse(404, {});
  });
}

function renderDialog(target: PaymentTarget = DEPOSIT_TARGET, payerPhone = '+22961234567') {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<StartPaymentDialog target={target} payerPhone={payerPhone} onClose={() => {}} />} />
      <Route path="/receipts/:transactionId" element={<p>Page du reçu</p>} />
    </Routes>,
    { user: AGENT_USER },
  );
}

/** Types the amount, reviews, and confirms; returns the dialog that follows the payment. */
async function askForPayment(amount: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Montant (FCFA)'), amount);
  await user.click(screen.getByRole('button', { name: 'Vérifier' }));
  const review = await screen.findByRole('dialog', { name: 'Dépôt mobile money sur le compte COT-000123-45' });
  await user.click(within(review).getByRole('button', { name: 'Confirmer' }));
  return user;
}

describe('StartPaymentDialog', () => {
  it("prefills the payer's phone with the client's and offers the institution's active providers, the sandbox first", async () => {
    providerApi([PENDING_PAYMENT]);
    renderDialog();

    await screen.findByLabelText('Montant (FCFA)');
    const dialog = screen.getByRole('dialog', { name: 'Dépôt mobile money sur le compte COT-000123-45' });
    expect(within(dialog).getByLabelText('Téléphone du payeur')).toHaveValue('+22961234567');
    const provider = within(dialog).getByLabelText('Opérateur');
    expect(provider).toHaveValue('sandbox');
    expect(within(provider).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Sandbox mobile money',
    ]);
  });

  it("fills the phone once the client's number arrives, unless the agent has typed one", async () => {
    providerApi([PENDING_PAYMENT]);
    // The page gives the client's number once its own query has answered.
    let deliver: (phone: string) => void = () => {};
    function Page() {
      const [phone, setPhone] = useState<string>();
      deliver = setPhone;
      return <StartPaymentDialog target={DEPOSIT_TARGET} payerPhone={phone} onClose={() => {}} />;
    }
    renderWithProviders(<Page />, { user: AGENT_USER });
    const phone = await screen.findByLabelText('Téléphone du payeur');
    expect(phone).toHaveValue('');

    act(() => deliver('+22961234567'));
    expect(phone).toHaveValue('+22961234567');

    await userEvent.setup().type(phone, '8');
    act(() => deliver('+22990000000'));
    expect(phone).toHaveValue('+229612345678');
  });

  it('refuses a phone number not in international format before asking the API', async () => {
    const api = providerApi([PENDING_PAYMENT]);
    renderDialog();
    const user = userEvent.setup();

    const phone = await screen.findByLabelText('Téléphone du payeur');
    await user.clear(phone);
    await user.type(phone, '97 00 00 00');
    await user.type(screen.getByLabelText('Montant (FCFA)'), '50000');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));

    expect(await screen.findByLabelText('Téléphone du payeur')).toHaveAccessibleDescription(
      /Format international, par ex\. \+229 97 00 00 00\./,
    );
    expect(screen.queryByRole('button', { name: 'Confirmer' })).not.toBeInTheDocument();
    expect(api.requestsTo('POST', PAYMENTS_PATH)).toHaveLength(0);
  });

  it('asks for the payment once confirmed (one idempotency key), shows the instructions, then follows the status live until it succeeds', async () => {
    const api = providerApi([PENDING_PAYMENT, SUCCEEDED_PAYMENT]);
    renderDialog(DEPOSIT_TARGET, '+229 61 23 45 67');

    await askForPayment('50 000');

    const [post] = api.requestsTo('POST', PAYMENTS_PATH);
    expect(post.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(await post.json()).toEqual({
      purpose: 'Deposit',
      targetId: 'a1',
      amount: 50000,
      payerPhone: '+22961234567',
      provider: 'sandbox',
    });

    const dialog = await screen.findByRole('dialog', { name: 'Dépôt mobile money sur le compte COT-000123-45' });
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('En attente de la validation du payeur…');
    expect(dialog).toHaveTextContent('Le +22961234567 reçoit une demande de paiement de 50 000 XOF');
    expect(within(dialog).getByText('En attente', { selector: '.badge' })).toBeInTheDocument();

    // The first poll (after a second) still finds it pending; the next one finds it posted, with no reload.
    await waitFor(() => expect(status).toHaveTextContent('Paiement reçu : 50 000 FCFA déposés sur le compte COT-000123-45.'), {
      timeout: 4_000,
    });
    expect(within(dialog).getByText('Réussi', { selector: '.badge' })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Voir le reçu' })).toHaveAttribute('href', '/receipts/t9');
    expect(within(dialog).queryByText(/demande de paiement de 50 000 XOF/)).not.toBeInTheDocument();

    // Settled: no more polling.
    const polls = api.requestsTo('GET', PAYMENT_PATH).length;
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(api.requestsTo('GET', PAYMENT_PATH)).toHaveLength(polls);
    expect(api.requestsTo('POST', PAYMENTS_PATH)).toHaveLength(1);
    // Two polls a second apart, then a second and more of silence.
  }, 10_000);

  it('asks the provider at once when the agent asks for it, and shows what it answered', async () => {
    const api = fakeApi((path, request) => {
      if (path === PROVIDERS_PATH) return jsonResponse(200, PROVIDERS);
      if (path === PAYMENTS_PATH && request.method === 'POST') return jsonResponse(201, PENDING_PAYMENT);
      if (path === `${PAYMENT_PATH}/reconcile`) return jsonResponse(200, SUCCEEDED_PAYMENT);
      return path === PAYMENT_PATH ? jsonResponse(200, PENDING_PAYMENT) : jsonResponse(404, {});
    });
    renderDialog();

    const user = await askForPayment('50000');
    const dialog = await screen.findByRole('dialog', { name: /^Dépôt mobile money/ });
    await user.click(within(dialog).getByRole('button', { name: "Interroger l'opérateur maintenant" }));

    expect(await within(dialog).findByText('Réussi', { selector: '.badge' })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Paiement reçu');
    expect(api.requestsTo('POST', `${PAYMENT_PATH}/reconcile`)).toHaveLength(1);
    expect(within(dialog).queryByRole('button', { name: "Interroger l'opérateur maintenant" })).not.toBeInTheDocument();
  });

  it('says clearly that a payment failed, and that nothing was collected', async () => {
    providerApi([{ ...PENDING_PAYMENT, status: 'Failed', settledAt: '2026-12-03T10:00:02Z' }]);
    renderDialog();

    await askForPayment('50000');

    const dialog = await screen.findByRole('dialog', { name: /^Dépôt mobile money/ });
    await waitFor(
      () =>
        expect(within(dialog).getByRole('status')).toHaveTextContent(
          "Le paiement a échoué : le payeur l'a refusé ou son solde mobile money était insuffisant. Aucun montant n'a été encaissé.",
        ),
      { timeout: 3_000 },
    );
    expect(within(dialog).queryByRole('link', { name: 'Voir le reçu' })).not.toBeInTheDocument();
  });

  it('says why a payment was flagged, with the amount received and the amount asked', async () => {
    providerApi([FLAGGED_PAYMENT]);
    renderDialog();

    await askForPayment('50000');

    const dialog = await screen.findByRole('dialog', { name: /^Dépôt mobile money/ });
    await waitFor(
      () =>
        expect(within(dialog).getByRole('status')).toHaveTextContent(
          "Paiement signalé — Montant reçu différent : rien n'a été comptabilisé. Un superviseur doit le traiter. Reçu : 49 900 FCFA ; demandé : 50 000 FCFA.",
        ),
      { timeout: 3_000 },
    );
    expect(within(dialog).getByText('Signalé', { selector: '.badge' })).toBeInTheDocument();
  });

  it("prefills an opening fee with the product's fee, which cannot be changed", async () => {
    const api = providerApi([PENDING_PAYMENT], { ...PENDING_PAYMENT, purpose: 'AccountOpeningFee', amount: 2500 });
    renderDialog({ ...DEPOSIT_TARGET, purpose: 'AccountOpeningFee', fixedAmount: 2500 });
    const user = userEvent.setup();

    await screen.findByLabelText('Montant (FCFA)');
    const dialog = screen.getByRole('dialog', {
      name: "Frais d'ouverture du compte COT-000123-45 par mobile money",
    });
    const amount = within(dialog).getByLabelText('Montant (FCFA)');
    expect(amount).toHaveValue('2 500');
    expect(amount).toHaveAttribute('readonly');
    expect(amount).toHaveAccessibleDescription('Montant fixé par le produit.');
    await user.type(amount, '0');
    expect(amount).toHaveValue('2 500');

    await user.click(within(dialog).getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(api.requestsTo('POST', PAYMENTS_PATH)).toHaveLength(1));
    expect(await api.requestsTo('POST', PAYMENTS_PATH)[0].json()).toMatchObject({
      purpose: 'AccountOpeningFee',
      amount: 2500,
    });
  });

  it('refuses a repayment above what is left to repay before asking the API', async () => {
    const api = providerApi([PENDING_PAYMENT]);
    renderDialog({
      purpose: 'LoanRepayment',
      id: 'l1',
      number: 'PR-000042',
      clientName: 'Afiavi Houngbédji',
      currency: 'XOF',
      maxAmount: 103007,
    });
    const user = userEvent.setup();

    await screen.findByLabelText('Montant (FCFA)');
    const dialog = screen.getByRole('dialog', { name: 'Remboursement du crédit PR-000042 par mobile money' });
    expect(dialog).toHaveTextContent('Afiavi Houngbédji doit encore 103 007 FCFA.');
    await user.type(within(dialog).getByLabelText('Montant (FCFA)'), '200000');
    await user.click(within(dialog).getByRole('button', { name: 'Vérifier' }));

    expect(await screen.findByLabelText('Montant (FCFA)')).toHaveAccessibleDescription(
      'Le montant dépasse le reste dû du crédit.',
    );
    expect(api.requestsTo('POST', PAYMENTS_PATH)).toHaveLength(0);
  });

  it("says in French why the API refused the payment (an opening fee that is not the product's)", async () => {
    fakeApi((path) =>
      path === PROVIDERS_PATH
        ? jsonResponse(200, PROVIDERS)
        : jsonResponse(422, { title: 'Unprocessable', status: 422, code: 'opening_fee_amount' }),
    );
    renderDialog();

    await askForPayment('50000');

    expect(
      await screen.findByText("Le montant doit être égal aux frais d'ouverture du produit."),
    ).toBeInTheDocument();
  });
});
