import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ContributionReceipt } from '@/features/tontines/api/contribute';
import { CollectDialog } from '@/features/tontines/components/collect-dialog';
import { CONTRIBUTION, PARTICIPANT } from '@/features/tontines/testing/fixtures';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const PATH = '/api/v1/tontine-participants/p1/contributions';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const RECEIPT: ContributionReceipt = {
  contribution: CONTRIBUTION,
  participant: { ...PARTICIPANT, cellsFilled: 7, savedBalance: 3000, collectedToday: 1500 },
};

/** Text as the page reads once its (no-break) spaces are plain ones. */
const plain = (element: HTMLElement) => element.textContent?.replace(/\s/g, ' ');

function renderDialog() {
  return renderWithProviders(<CollectDialog participant={PARTICIPANT} currency="XOF" onClose={() => {}} />);
}

describe('CollectDialog', () => {
  it('shows the total of the days as they are typed, one day by default', async () => {
    fakeApi(() => jsonResponse(404, {}));
    renderDialog();

    const dialog = screen.getByRole('dialog', { name: 'Collecte — Awa Koné' });
    expect(screen.getByLabelText('Jours')).toHaveValue('1');
    expect(plain(within(dialog).getByRole('status'))).toBe('Total : 1 jour × 500 FCFA = 500 FCFA');

    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Jours'));
    await user.type(screen.getByLabelText('Jours'), '35');
    expect(plain(within(dialog).getByRole('status'))).toBe('Total : 35 jours × 500 FCFA = 17 500 FCFA');

    // By amount: a multiple of the daily amount gives its days.
    await user.click(screen.getByLabelText('Un montant'));
    await user.type(screen.getByLabelText('Montant (FCFA)'), '2 000');
    expect(plain(within(dialog).getByRole('status'))).toBe('Total : 4 jours × 500 FCFA = 2 000 FCFA');
  });

  it('refuses an amount that is not a multiple of the daily amount before asking the API', async () => {
    const api = fakeApi(() => jsonResponse(404, {}));
    renderDialog();

    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Un montant'));
    await user.type(screen.getByLabelText('Montant (FCFA)'), '1200');
    expect(plain(screen.getByRole('status'))).toBe('Total : —');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));

    expect(await screen.findByLabelText('Montant (FCFA)')).toHaveAccessibleDescription(
      /Le montant doit être un multiple de la mise journalière\./,
    );
    expect(screen.queryByRole('button', { name: 'Confirmer' })).not.toBeInTheDocument();
    expect(api.requestsTo('POST', PATH)).toHaveLength(0);
  });

  it('collects once confirmed, with one idempotency key whatever the retries, then shows the receipt', async () => {
    let calls = 0;
    const api = fakeApi((path) => {
      if (path !== PATH) return jsonResponse(404, {});
      calls += 1;
      // The first attempt never reaches the server (the connection dropped); the retry does.
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : jsonResponse(201, RECEIPT);
    });
    renderDialog();

    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Jours'));
    await user.type(screen.getByLabelText('Jours'), '3');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));

    const review = await screen.findByRole('dialog', { name: 'Collecte — Awa Koné' });
    expect(plain(review)).toContain('1 500 FCFA');
    expect(review).toHaveTextContent('Espèces');
    expect(api.requestsTo('POST', PATH)).toHaveLength(0);

    await user.click(within(review).getByRole('button', { name: 'Confirmer' }));
    expect(await within(review).findByText(/Le serveur ne répond pas/)).toBeInTheDocument();
    // A double click on the retry still sends it once.
    const confirm = within(review).getByRole('button', { name: 'Confirmer' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);

    const receipt = await screen.findByRole('dialog', { name: 'Reçu de collecte' });
    const posts = api.requestsTo('POST', PATH);
    expect(posts).toHaveLength(2);
    const keys = posts.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(await posts[1].json()).toEqual({ days: 3, channel: 'Cash' });

    const text = plain(receipt);
    expect(text).toContain('1 500 FCFA collectés pour Awa Koné.');
    expect(text).toContain('N° 4521');
    expect(text).toContain('Cycle 1, cases 5 à 7');
    expect(text).toContain('Dont commission0 FCFA');
    expect(text).toContain('Dont épargne1 500 FCFA');
    expect(text).toContain('Nouvelle épargne disponible3 000 FCFA');
  });

  it('sends the amount typed, and shows the API refusal in its own words', async () => {
    const api = fakeApi(() =>
      jsonResponse(422, {
        status: 422,
        code: 'contribution_not_multiple',
        detail: 'Le montant doit être un multiple de la mise journalière de 500 XOF.',
      }),
    );
    renderDialog();

    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Un montant'));
    await user.type(screen.getByLabelText('Montant (FCFA)'), '1 000');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    expect(
      await screen.findByText('Le montant doit être un multiple de la mise journalière de 500 XOF.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo('POST', PATH)).toHaveLength(1));
    expect(await api.requestsTo('POST', PATH)[0].json()).toEqual({ amount: 1000, channel: 'Cash' });
  });

  it('spans a receipt across two cycles when the days cross one', async () => {
    fakeApi(() =>
      jsonResponse(201, {
        contribution: { ...CONTRIBUTION, days: 5, amount: 2500, firstCell: 30, lastCell: 34, commissionAmount: 500, savingAmount: 2000 },
        participant: { ...PARTICIPANT, cellsFilled: 34, currentCycle: 2, savedBalance: 14000 },
      }),
    );
    renderDialog();

    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Jours'));
    await user.type(screen.getByLabelText('Jours'), '5');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    const receipt = await screen.findByRole('dialog', { name: 'Reçu de collecte' });
    expect(plain(receipt)).toContain('Cycle 1 case 30 à cycle 2 case 3');
    expect(plain(receipt)).toContain('Dont commission500 FCFA');
  });
});
