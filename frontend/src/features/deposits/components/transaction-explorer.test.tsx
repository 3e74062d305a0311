import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { TransactionPage } from '@/features/deposits/api/get-transactions';
import { TransactionExplorer } from '@/features/deposits/components/transaction-explorer';
import type { TransactionFilterOptions } from '@/features/deposits/components/transaction-filters-form';
import { explorerRow, movement } from '@/features/deposits/testing/fixtures';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const SUPERVISOR = {
  ...AGENT_USER,
  id: 'u2',
  username: 'supervisor',
  displayName: 'Jean Dossou',
  roles: ['Supervisor'],
};

const OPTIONS: TransactionFilterOptions = {
  branches: [
    { id: 'b1', name: 'Agence Cotonou Centre' },
    { id: 'b2', name: 'Agence Porto-Novo' },
  ],
  agents: [{ id: 'u7', name: 'Koffi Mensah' }],
};

/**
 * Three of the 42 movements selected: a cash deposit by an agent, a reversed mobile-money withdrawal, and a loan
 * repayment (no account: its loan).
 */
const PAGE: TransactionPage = {
  items: [
    explorerRow(1, { amount: 150000, createdBy: 'u7' }),
    explorerRow(2, {
      type: 'Withdrawal',
      isCredit: false,
      amount: 25000,
      channel: 'MobileMoney',
      valueDate: '2026-11-21',
      createdBy: 'u9',
      reversedAt: '2026-11-21T10:00:00Z',
    }),
    explorerRow(3, {
      id: 'r3',
      source: 'LoanRepayment',
      type: 'LoanRepayment',
      amount: 30000,
      accountId: null,
      accountNumber: null,
      loanId: 'l1',
      loanNumber: 'PRT-000007',
      balanceAfter: null,
      createdBy: 'u7',
    }),
  ],
  page: 1,
  pageSize: 20,
  totalCount: 42,
  totals: { credits: 1400000, debits: 25000 },
};

function transactionsApi() {
  return fakeApi((path) => (path === '/api/v1/transactions' ? jsonResponse(200, PAGE) : jsonResponse(404, {})));
}

/** The query string of the last request for movements, as an object. */
function lastQuery(api: ReturnType<typeof transactionsApi>) {
  const request = api.requestsTo('GET', '/api/v1/transactions').at(-1);
  return Object.fromEntries(new URL(request!.url).searchParams);
}

/** The address's query string, as an object. */
function Address() {
  const { search } = useLocation();
  return <output data-testid="address">{search}</output>;
}

function address() {
  return Object.fromEntries(new URLSearchParams(screen.getByTestId('address').textContent ?? ''));
}

function renderExplorer({ route = '/transactions', user = SUPERVISOR, options = OPTIONS } = {}) {
  renderWithProviders(
    <>
      <TransactionExplorer options={options} />
      <Address />
    </>,
    { route, user },
  );
}


describe('TransactionExplorer', () => {
  it('shows the totals of the filtered movements and a page of them in FCFA, a reversed one marked, each linked to its client and account or loan', async () => {
    const api = transactionsApi();
    renderExplorer();

    const table = await screen.findByRole('table');
    const totals = screen.getByRole('group', { name: 'Totaux des transactions filtrées' });
    expect(
      within(totals)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent?.replace(/\s/g, ' ')]),
    ).toEqual([
      ['Mouvements', '42'],
      ['Crédits', '1 400 000 FCFA'],
      ['Débits', '25 000 FCFA'],
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Date de valeur', 'Compte ou prêt', 'Client', 'Opération', 'Canal', 'Montant', 'Catégorie', 'Agent', 'Actions']);
    expect(bodyRows(table)).toEqual([
      // A supervisor may reverse the deposit; the withdrawal, already reversed, offers only its receipt.
      ['20 nov. 2026', 'COT-000123-45', 'Awa Koné', 'Dépôt', 'Espèces', '+150 000 FCFA', '—', 'Koffi Mensah', "Annuler l'opérationReçu"],
      // An agent no list names shows as unknown.
      [
        '21 nov. 2026',
        'COT-000123-45',
        'Awa Koné',
        'Retrait Extournée',
        'Mobile money',
        '−25 000 FCFA',
        '—',
        '—',
        'Reçu',
      ],
      // A repayment is its loan's: no category, no reversal, no receipt here.
      ['20 nov. 2026', 'PRT-000007', 'Awa Koné', 'Remboursement de crédit', 'Espèces', '+30 000 FCFA', '—', 'Koffi Mensah', ''],
    ]);
    const [, body] = within(table).getAllByRole('rowgroup');
    const [first, second, third] = within(body).getAllByRole('row');
    expect(within(first).getByRole('link', { name: 'COT-000123-45' })).toHaveAttribute('href', '/accounts/a1');
    expect(within(first).getByRole('link', { name: 'Awa Koné' })).toHaveAttribute('href', '/clients/c1');
    expect(within(third).getByRole('link', { name: 'PRT-000007' })).toHaveAttribute('href', '/loans/l1');
    expect(within(first).queryByText('Extournée')).not.toBeInTheDocument();
    expect(within(second).getByText('Extournée')).toHaveClass('badge');
    expect(within(second).getByRole('link', { name: /^Reçu/ })).toHaveAttribute('href', '/receipts/t2');
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('42 résultats');
    // Nothing chosen: nothing but the page is asked for.
    expect(lastQuery(api)).toEqual({ page: '1', pageSize: '20' });
  });

  it('sends exactly the filters chosen, none blank, and keeps them in the address', async () => {
    const api = transactionsApi();
    renderExplorer({ route: '/transactions?page=3' });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Filtres des transactions' });
    await screen.findByRole('table');
    expect(lastQuery(api)).toEqual({ page: '3', pageSize: '20' });

    const type = within(form).getByLabelText('Opération');
    expect(within(type).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Toutes les opérations',
      'Dépôt',
      'Retrait',
      'Virement reçu',
      'Virement émis',
      'Contre-passation',
      'Décaissement de crédit',
      'Remboursement de crédit',
      "Frais d'ouverture de compte",
      'Intérêts créditeurs',
    ]);
    const sort = within(form).getByLabelText('Tri');
    expect(within(sort).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Plus récentes',
      'Plus anciennes',
      'Montant croissant',
      'Montant décroissant',
      'Catégorie (A → Z)',
      'Catégorie (Z → A)',
    ]);
    const reversed = within(form).getByLabelText('Extournée');
    expect(within(reversed).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Toutes',
      'Oui',
      'Non',
    ]);

    await user.type(within(form).getByLabelText('Du'), '2026-11-01');
    await user.type(within(form).getByLabelText('Au'), '2026-11-30');
    await user.selectOptions(type, 'Withdrawal');
    await user.selectOptions(within(form).getByLabelText('Canal'), 'MobileMoney');
    await user.type(within(form).getByLabelText('Montant minimum (FCFA)'), '10 000');
    await user.selectOptions(within(form).getByLabelText('Agence'), 'b2');
    await user.selectOptions(within(form).getByLabelText('Agent'), 'u7');
    await user.selectOptions(reversed, 'true');
    await user.selectOptions(sort, '-amount');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));

    const chosen = {
      from: '2026-11-01',
      to: '2026-11-30',
      type: 'Withdrawal',
      channel: 'MobileMoney',
      minAmount: '10000',
      branchId: 'b2',
      agentId: 'u7',
      reversed: 'true',
      sort: '-amount',
    };
    // The submit is asynchronous and the previous page stays on screen meanwhile: wait for the request itself.
    await waitFor(() => expect(lastQuery(api)).toEqual({ ...chosen, page: '1', pageSize: '20' }));
    expect(address()).toEqual(chosen);
    expect(screen.getByRole('form', { name: 'Filtres des transactions' })).toHaveFormValues({ minAmount: '10000' });

    // "Not reversed" is a filter too; clearing sends none.
    await user.selectOptions(screen.getByLabelText('Extournée'), 'false');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(lastQuery(api)).toMatchObject({ reversed: 'false' }));
    await user.click(screen.getByRole('button', { name: 'Effacer' }));
    await waitFor(() => expect(lastQuery(api)).toEqual({ page: '1', pageSize: '20' }));
    expect(address()).toEqual({});
  });

  it('leaves out of the request what a shared link carries that the API would refuse', async () => {
    const api = transactionsApi();
    renderExplorer({ route: '/transactions?type=Loan&minAmount=abc&channel=Cash&reversed=yes&sort=name&foo=bar' });

    await screen.findByRole('table');
    expect(lastQuery(api)).toEqual({ channel: 'Cash', page: '1', pageSize: '20' });
  });

  it('refuses a maximum below the minimum in French, and sends nothing', async () => {
    const api = transactionsApi();
    renderExplorer();
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Filtres des transactions' });
    await screen.findByRole('table');

    await user.type(within(form).getByLabelText('Montant minimum (FCFA)'), '50000');
    await user.type(within(form).getByLabelText('Montant maximum (FCFA)'), '10000');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));

    expect(await within(form).findByText('Le minimum dépasse le maximum.')).toBeVisible();
    expect(within(form).getByLabelText('Montant maximum (FCFA)')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(form).getByLabelText('Montant minimum (FCFA)'));
    await user.type(within(form).getByLabelText('Montant minimum (FCFA)'), '-5');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));
    expect(await within(form).findByText(/^Montant invalide/)).toBeVisible();

    expect(api.requestsTo('GET', '/api/v1/transactions')).toHaveLength(1);
    expect(address()).toEqual({});
  });

  it("offers no agent filter when the staff may not be listed, and names the user's own movements", async () => {
    transactionsApi();
    renderExplorer({ user: { ...AGENT_USER, id: 'u9' }, options: { branches: OPTIONS.branches } });

    const form = await screen.findByRole('form', { name: 'Filtres des transactions' });
    const table = await screen.findByRole('table');
    expect(within(form).queryByLabelText('Agent')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Agence')).toBeInTheDocument();
    expect(bodyRows(table).map((row) => row[7])).toEqual(['—', 'Awa Diallo', '—']);
  });

  it('filters by a category or by none, and tags a movement from its row', async () => {
    const api = fakeApi((path, request) => {
      if (path === '/api/v1/categories') return jsonResponse(200, [{ id: 'c1', name: 'Commerce', transactionCount: 3 }]);
      if (path === '/api/v1/transactions/t1/category' && request.method === 'PUT') {
        return jsonResponse(200, movement(1, { categoryId: 'c1', categoryName: 'Commerce' }));
      }
      return path === '/api/v1/transactions' ? jsonResponse(200, PAGE) : jsonResponse(404, {});
    });
    renderExplorer();
    const user = userEvent.setup();
    await screen.findByRole('table');
    const form = await screen.findByRole('form', { name: 'Filtres des transactions' });
    const category = await within(form).findByLabelText('Catégorie');
    expect(within(category).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Toutes les catégories',
      'Sans catégorie',
      'Commerce',
    ]);

    await user.selectOptions(within(form).getByLabelText('Catégorie'), 'none');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(lastQuery(api)).toEqual({ categorized: 'false', page: '1', pageSize: '20' }));
    expect(address()).toEqual({ categoryId: 'none' });

    const filters = screen.getByRole('form', { name: 'Filtres des transactions' });
    await user.selectOptions(within(filters).getByLabelText('Catégorie'), 'c1');
    await user.selectOptions(within(filters).getByLabelText('Tri'), 'category');
    await user.click(within(filters).getByRole('button', { name: 'Filtrer' }));
    await waitFor(() =>
      expect(lastQuery(api)).toEqual({ categoryId: 'c1', sort: 'category', page: '1', pageSize: '20' }),
    );

    await user.click(
      within(screen.getByRole('table')).getByRole('button', {
        name: "Catégorie de l'opération du 20 nov. 2026 sur le compte COT-000123-45",
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: "Catégorie de l'opération" });
    await user.selectOptions(within(dialog).getByLabelText('Catégorie'), 'c1');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [tag] = api.requestsTo('PUT', '/api/v1/transactions/t1/category');
    expect(await tag.json()).toEqual({ categoryId: 'c1' });
  });

  it("offers an agent the category action only on the movements they recorded", async () => {
    fakeApi((path) => {
      if (path === '/api/v1/categories') return jsonResponse(200, [{ id: 'c1', name: 'Commerce', transactionCount: 0 }]);
      return path === '/api/v1/transactions' ? jsonResponse(200, PAGE) : jsonResponse(404, {});
    });
    renderExplorer({ user: { ...AGENT_USER, id: 'u9' }, options: {} });

    const table = await screen.findByRole('table');
    await within(table).findByRole('button', { name: /^Catégorie de l'opération du 21 nov/ });
    expect(within(table).getAllByRole('button', { name: /^Catégorie de l'opération/ })).toHaveLength(1);
  });
});
