import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Account } from '@/features/deposits/api/get-accounts';
import { AccountRequests } from '@/features/deposits/components/account-requests';
import { ACCOUNT } from '@/features/deposits/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const REQUESTED: Account = { ...ACCOUNT, status: 'Requested', balance: 0 };
const SUPERVISOR = { ...AGENT_USER, username: 'supervisor', roles: ['Supervisor'] };

describe('AccountRequests', () => {
  it('rejects a requested opening with the reason the supervisor wrote, then drops it from the queue', async () => {
    let rejected = false;
    const api = fakeApi((path, request) => {
      if (path === '/api/v1/accounts/a1/reject' && request.method === 'POST') {
        rejected = true;
        return jsonResponse(200, { ...REQUESTED, status: 'Rejected', rejectionReason: 'Pièce illisible' });
      }
      if (path === '/api/v1/accounts') {
        const items = rejected ? [] : [REQUESTED];
        return jsonResponse(200, { items, page: 1, pageSize: 20, totalCount: items.length });
      }
      return jsonResponse(404, {});
    });
    renderWithProviders(<AccountRequests />, { user: SUPERVISOR });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Rejeter' }));
    const dialog = await screen.findByRole('dialog', { name: "Rejeter l'ouverture" });
    expect(dialog).toHaveTextContent(
      "Rejeter la demande d'ouverture du compte COT-000123-45 de Awa Koné : le compte ne sera jamais ouvert.",
    );

    // No reason, no call.
    await user.click(within(dialog).getByRole('button', { name: 'Rejeter' }));
    expect(api.requestsTo('POST', '/api/v1/accounts/a1/reject')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Motif du rejet'), 'Pièce illisible');
    await user.click(within(dialog).getByRole('button', { name: 'Rejeter' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [post] = api.requestsTo('POST', '/api/v1/accounts/a1/reject');
    expect(await post.json()).toEqual({ reason: 'Pièce illisible' });
    expect(await screen.findByText("Aucune demande d'ouverture.")).toBeInTheDocument();
  });
});
