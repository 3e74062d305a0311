import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { RequestWithdrawalDialog } from '@/features/tontines/components/request-withdrawal-dialog';
import { PARTICIPANT } from '@/features/tontines/testing/fixtures';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const PATH = '/api/v1/tontine-participants/p1/withdrawals';

describe('RequestWithdrawalDialog', () => {
  it('refuses more than the savings, then asks once for a withdrawal that waits for someone else', async () => {
    const api = fakeApi((path) =>
      path === PATH
        ? jsonResponse(201, {
            id: 'w1',
            participantId: 'p1',
            clientName: 'Awa Koné',
            tontineName: 'Tontine Dantokpa',
            amount: 1000,
            status: 'Pending',
            requestedBy: 'u1',
            requestedAt: '2026-12-04T10:00:00Z',
          })
        : jsonResponse(404, {}),
    );
    renderWithProviders(<RequestWithdrawalDialog participant={PARTICIPANT} currency="XOF" onClose={() => {}} />);

    const user = userEvent.setup();
    const amount = screen.getByLabelText('Montant (FCFA)');
    expect(amount).toHaveAccessibleDescription(/Épargne disponible : 1\s500\sFCFA/);
    await user.type(amount, '2000');
    await user.click(screen.getByRole('button', { name: 'Demander le retrait' }));
    expect(amount).toHaveAccessibleDescription(/Le montant dépasse l'épargne disponible\./);
    expect(api.requestsTo('POST', PATH)).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '1 000');
    await user.click(screen.getByRole('button', { name: 'Demander le retrait' }));

    const notice = await screen.findByRole('dialog', { name: 'Retrait en attente de validation' });
    expect(within(notice).getByRole('status').textContent?.replace(/\s/g, ' ')).toContain(
      "Le retrait de 1 000 FCFA pour Awa Koné attend la validation d'une autre personne habilitée.",
    );
    const [post] = api.requestsTo('POST', PATH);
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ amount: 1000 });
  });
});
