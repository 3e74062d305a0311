import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { Statement } from '@/features/deposits/components/statement';
import { ACCOUNT, movement } from '@/features/deposits/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const SUPERVISOR = { ...AGENT_USER, username: 'supervisor', roles: ['Supervisor'] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const DEPOSIT = movement(4, { amount: 50000, balanceAfter: 60000, valueDate: '2026-11-20' });
const REVERSED = movement(5, {
  type: 'Withdrawal',
  amount: 20000,
  isCredit: false,
  balanceAfter: 40000,
  reversedAt: '2026-11-21T10:00:00Z',
  reversalReason: 'Saisie en double',
});
const REVERSAL = movement(6, { type: 'Reversal', amount: 20000, balanceAfter: 60000 });
const statement = (items: ReturnType<typeof movement>[]) => ({
  accountId: 'a1',
  accountNumber: ACCOUNT.number,
  clientName: ACCOUNT.clientName,
  currency: 'XOF',
  openingBalance: 10000,
  closingBalance: 60000,
  items,
  page: 1,
  pageSize: 20,
  totalCount: items.length,
});

describe('ReverseTransactionDialog', () => {
  it('lets a supervisor reverse a movement of the statement with a reason, once, then shows it reversed', async () => {
    let reversed = false;
    const api = fakeApi((path, request) => {
      if (path === '/api/v1/transactions/t4/reverse' && request.method === 'POST') {
        reversed = true;
        return jsonResponse(200, [movement(7, { type: 'Reversal', amount: 50000, isCredit: false })]);
      }
      if (path === '/api/v1/accounts/a1/statement') {
        const deposit = reversed
          ? { ...DEPOSIT, reversedAt: '2026-11-21T11:00:00Z', reversalReason: 'Mauvais compte' }
          : DEPOSIT;
        return jsonResponse(200, statement([deposit, REVERSED, REVERSAL]));
      }
      return jsonResponse(404, {});
    });
    renderWithProviders(<Statement account={ACCOUNT} />, { user: SUPERVISOR });
    const user = userEvent.setup();

    // Only the deposit may be reversed: the withdrawal already was, and a reversal is final.
    const actions = await screen.findAllByRole('button', { name: "Annuler l'opération" });
    expect(actions).toHaveLength(1);
    expect(screen.getByText('Annulée : Saisie en double')).toBeInTheDocument();

    await user.click(actions[0]);
    const dialog = await screen.findByRole('dialog', { name: "Annuler l'opération (contre-passation)" });
    expect(dialog.textContent?.replace(/\s/g, ' ')).toContain(
      'Dépôt de 50 000 FCFA du 20 nov. 2026 sur le compte COT-000123-45',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Contre-passer' }));
    expect(api.requestsTo('POST', '/api/v1/transactions/t4/reverse')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText("Motif de l'annulation"), 'Mauvais compte');
    await user.click(within(dialog).getByRole('button', { name: 'Contre-passer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [post] = api.requestsTo('POST', '/api/v1/transactions/t4/reverse');
    expect(post.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(await post.json()).toEqual({ reason: 'Mauvais compte' });
    expect(await screen.findByText('Annulée : Mauvais compte')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Annuler l'opération" })).not.toBeInTheDocument();
  });

  it('offers no reversal to an agent', async () => {
    fakeApi(() => jsonResponse(200, statement([DEPOSIT])));
    renderWithProviders(<Statement account={ACCOUNT} />, { user: AGENT_USER });

    await screen.findByText('Dépôt');
    expect(screen.queryByRole('button', { name: "Annuler l'opération" })).not.toBeInTheDocument();
  });
});
