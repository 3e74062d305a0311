import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { Adhesion } from '@/features/tontines/api/get-adhesions';
import { AdhesionsInbox } from '@/features/tontines/components/adhesions-inbox';
import {
  ACTIVE_ADHESION,
  paged,
  REQUESTED_ADHESION,
  VALIDATED_ADHESION,
} from '@/features/tontines/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const LIST = '/api/v1/tontine-adhesions';
const AUDITOR = { ...AGENT_USER, roles: ['Auditor'] };

function renderInbox(user = AGENT_USER) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/"
        element={
          <AdhesionsInbox
            currency="XOF"
            mobileMoneyFee={(adhesion: Adhesion) => <button type="button">Mobile money {adhesion.clientName}</button>}
          />
        }
      />
      <Route path="/tontines/participants/:participantId" element={<p>Carnet du participant</p>} />
    </Routes>,
    { user },
  );
}

/** The inbox's API: the adhesions of the status asked for, and the decisions on them. */
function inboxApi(answers: Record<string, Response | (() => Response)> = {}) {
  return fakeApi((path, request) => {
    if (path === LIST) {
      const status = new URL(request.url).searchParams.get('status');
      const all = [REQUESTED_ADHESION, VALIDATED_ADHESION, ACTIVE_ADHESION];
      return jsonResponse(200, paged(all.filter((adhesion) => !status || adhesion.status === status)));
    }
    const answer = answers[`${request.method} ${path}`];
    if (answer) return typeof answer === 'function' ? answer() : answer;
    return jsonResponse(404, {});
  });
}

const rowOf = (name: string) => screen.getAllByRole('row').find((row) => row.textContent?.includes(name))!;

describe('AdhesionsInbox', () => {
  it('lists the requested adhesions first, and validates one once confirmed', async () => {
    const api = inboxApi({
      'POST /api/v1/tontine-adhesions/ad1/validate': jsonResponse(200, { ...REQUESTED_ADHESION, status: 'Validated' }),
    });
    renderInbox();

    expect(await screen.findByText('Awa Koné')).toBeInTheDocument();
    expect(new URL(api.requestsTo('GET', LIST)[0].url).searchParams.get('status')).toBe('Requested');
    expect(screen.queryByText('Koffi Mensah')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(rowOf('Awa Koné')).getByRole('button', { name: 'Valider' }));
    const dialog = screen.getByRole('dialog', { name: "Valider l'adhésion" });
    expect(dialog.textContent?.replace(/\s/g, ' ')).toContain(
      "Valider l'adhésion de Awa Koné à la tontine Tontine Dantokpa (500 FCFA par jour) ?",
    );
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.requestsTo('POST', '/api/v1/tontine-adhesions/ad1/validate')).toHaveLength(1);
  });

  it('rejects an adhesion with a reason', async () => {
    const api = inboxApi({
      'POST /api/v1/tontine-adhesions/ad1/reject': jsonResponse(200, { ...REQUESTED_ADHESION, status: 'Rejected' }),
    });
    renderInbox();

    const user = userEvent.setup();
    await screen.findByText('Awa Koné');
    await user.click(within(rowOf('Awa Koné')).getByRole('button', { name: 'Rejeter' }));
    const dialog = screen.getByRole('dialog', { name: "Rejeter l'adhésion" });
    await user.click(within(dialog).getByRole('button', { name: 'Rejeter' }));
    expect(within(dialog).getByLabelText('Motif du rejet')).toHaveAccessibleDescription('Ce champ est obligatoire.');

    await user.type(within(dialog).getByLabelText('Motif du rejet'), 'Mise hors de portée du client');
    await user.click(within(dialog).getByRole('button', { name: 'Rejeter' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const [post] = api.requestsTo('POST', '/api/v1/tontine-adhesions/ad1/reject');
    expect(await post.json()).toEqual({ reason: 'Mise hors de portée du client' });
  });

  it('takes the fee of a validated adhesion in cash, then leads to the new participant', async () => {
    const api = inboxApi({ 'POST /api/v1/tontine-adhesions/ad2/pay-fee': jsonResponse(200, ACTIVE_ADHESION) });
    renderInbox();

    const user = userEvent.setup();
    await screen.findByText('Awa Koné');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filtrer par statut' }), 'Validated');
    const row = await waitFor(() => rowOf('Koffi Mensah'));
    // Mobile money is the page's (payments): offered beside the cash.
    expect(within(row).getByRole('button', { name: 'Mobile money Koffi Mensah' })).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Frais en espèces' }));
    const dialog = screen.getByRole('dialog', { name: "Frais d'adhésion en espèces" });
    expect(dialog.textContent?.replace(/\s/g, ' ')).toContain('Encaisser 1 000 FCFA de frais d');
    await user.click(within(dialog).getByRole('button', { name: 'Encaisser' }));

    const done = await screen.findByRole('dialog', { name: "Frais d'adhésion encaissés" });
    expect(within(done).getByRole('status')).toHaveTextContent('participe désormais à la tontine Tontine Dantokpa');
    const [post] = api.requestsTo('POST', '/api/v1/tontine-adhesions/ad2/pay-fee');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ channel: 'Cash' });

    await user.click(within(done).getByRole('link', { name: 'Voir le carnet' }));
    expect(await screen.findByText('Carnet du participant')).toBeInTheDocument();
  });

  it('lets a reader see the adhesions without acting on them', async () => {
    inboxApi();
    renderInbox(AUDITOR);

    await screen.findByText('Awa Koné');
    expect(within(rowOf('Awa Koné')).queryByRole('button', { name: 'Valider' })).not.toBeInTheDocument();
  });
});
