import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Payment } from '@/features/payments/api/get-payments';
import { PaymentDetails } from '@/features/payments/components/payment-details';
import { FLAGGED_PAYMENT, PROVIDERS } from '@/features/payments/testing/fixtures';
import { formatTimestamp } from '@/lib/format';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const SUPERVISOR = { ...AGENT_USER, id: 'u2', username: 'supervisor', roles: ['Supervisor'] };

const RESOLVED: Payment = {
  ...FLAGGED_PAYMENT,
  status: 'Succeeded',
  postedOperationId: 't9',
  resolutionReason: "Écart de frais de l'opérateur",
  events: [
    ...FLAGGED_PAYMENT.events,
    { kind: 'Resolved', at: '2026-12-03T10:05:00Z', detail: "Post: Écart de frais de l'opérateur" },
    { kind: 'Posted', at: '2026-12-03T10:05:00Z' },
  ],
};

function detailsApi() {
  let resolved = false;
  return fakeApi((path, request) => {
    if (path === '/api/v1/payments/providers') return jsonResponse(200, PROVIDERS);
    if (path === '/api/v1/payments/pay1/resolve' && request.method === 'POST') {
      resolved = true;
      return jsonResponse(200, RESOLVED);
    }
    if (path === '/api/v1/payments/pay1') return jsonResponse(200, resolved ? RESOLVED : FLAGGED_PAYMENT);
    return jsonResponse(404, {});
  });
}

describe('PaymentDetails', () => {
  it('tells the history of a flagged payment in French, each step with its time', async () => {
    detailsApi();
    renderWithProviders(<PaymentDetails paymentId="pay1" />, { user: AGENT_USER });

    const history = await screen.findByRole('region', { name: 'Historique' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `Demande envoyée au payeur${formatTimestamp('2026-12-03T10:00:00Z')}`,
      `Notification reçue de l'opérateur${formatTimestamp('2026-12-03T10:00:01.6Z')}Transaction de l'opérateur : SBX-pay1`,
      `Paiement vérifié${formatTimestamp('2026-12-03T10:00:01.7Z')}Transaction de l'opérateur : SBX-pay1`,
      `Paiement signalé${formatTimestamp('2026-12-03T10:00:01.7Z')}Montant reçu différent`,
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Paiement signalé — Montant reçu différent');
    // Only a supervisor (or the administrator) resolves it.
    expect(screen.queryByRole('button', { name: 'Comptabiliser le montant reçu' })).not.toBeInTheDocument();
  });

  it('lets a supervisor post the amount received, with a required reason', async () => {
    const api = detailsApi();
    renderWithProviders(<PaymentDetails paymentId="pay1" />, { user: SUPERVISOR });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Comptabiliser le montant reçu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Comptabiliser le montant reçu' });
    expect(dialog.textContent?.replace(/\s/g, ' ')).toContain(
      'Comptabiliser les 49 900 FCFA reçus (au lieu des 50 000 FCFA demandés) sur le compte COT-000123-45 de Awa Koné ?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Comptabiliser' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/v1/payments/pay1/resolve')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Motif'), "Écart de frais de l'opérateur");
    await user.click(within(dialog).getByRole('button', { name: 'Comptabiliser' }));

    expect(await screen.findByText('Réussi', { selector: '.badge' })).toBeInTheDocument();
    const [post] = api.requestsTo('POST', '/api/v1/payments/pay1/resolve');
    expect(await post.json()).toEqual({ resolution: 'Post', reason: "Écart de frais de l'opérateur" });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Paiement reçu : 49 900 FCFA déposés sur le compte COT-000123-45.',
    );
    expect(screen.getByRole('link', { name: 'Voir le reçu' })).toHaveAttribute('href', '/receipts/t9');
    expect(screen.getByRole('region', { name: 'Historique' })).toHaveTextContent(
      "Résolu par un superviseur" ,
    );
    expect(screen.getByRole('region', { name: 'Historique' })).toHaveTextContent(
      "Comptabilisé — Écart de frais de l'opérateur",
    );
  });
});
