import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import TransactionsRoute from '@/app/routes/accounts/transactions';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders, watchSavedFiles } from '@/testing/test-utils';

const EMPTY_PAGE = { items: [], page: 1, pageSize: 20, totalCount: 0, totals: { credits: 0, debits: 0 } };

const CSV = '\uFEFFDate de valeur,Compte\r\n2026-11-20,COT-000123-45\r\n';
const CSV_NAME = 'transaction-explorer-20261203-101500.csv';

function routeApi() {
  return fakeApi((path, request) => {
    if (path === '/api/v1/transactions' && new URL(request.url).searchParams.has('format')) {
      return new Response(CSV, {
        status: 200,
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename*=UTF-8''${CSV_NAME}` },
      });
    }
    if (path === '/api/v1/transactions') return jsonResponse(200, EMPTY_PAGE);
    if (path === '/api/v1/categories') return jsonResponse(200, [{ id: 'c1', name: 'Commerce', transactionCount: 2 }]);
    if (path === '/api/v1/branches') {
      const branches = [{ id: 'b1', name: 'Agence Cotonou Centre' }];
      return jsonResponse(200, { items: branches, page: 1, pageSize: 100, totalCount: 1 });
    }
    if (path === '/api/v1/users') {
      const agents = [{ id: 'u7', displayName: 'Koffi Mensah' }];
      return jsonResponse(200, { items: agents, page: 1, pageSize: 100, totalCount: 1 });
    }
    return jsonResponse(404, {});
  });
}

describe('TransactionsRoute', () => {
  it('offers a supervisor the branches and the agents to filter by', async () => {
    const api = routeApi();
    renderWithProviders(<TransactionsRoute />, {
      route: '/transactions',
      user: { ...AGENT_USER, roles: ['Supervisor'] },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Transactions' })).toBeInTheDocument();
    expect(await screen.findByText('Aucun mouvement pour ces filtres.')).toBeInTheDocument();
    await screen.findByLabelText('Agent');
    await screen.findByLabelText('Agence');
    const form = screen.getByRole('form', { name: 'Filtres des transactions' });
    const agent = within(form).getByLabelText('Agent');
    expect(within(agent).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tous les agents',
      'Koffi Mensah',
    ]);
    expect(within(form).getByLabelText('Agence')).toHaveTextContent('Agence Cotonou Centre');
    expect(Object.fromEntries(new URL(api.requestsTo('GET', '/api/v1/users')[0].url).searchParams)).toMatchObject({
      role: 'Agent',
    });
  });

  it('does not ask for the staff an accountant may not list, nor offer the agent filter', async () => {
    const api = routeApi();
    renderWithProviders(<TransactionsRoute />, {
      route: '/transactions',
      user: { ...AGENT_USER, roles: ['Accountant'] },
    });

    // The form starts again once the branches arrive: find it after.
    await screen.findByLabelText('Agence');
    const form = screen.getByRole('form', { name: 'Filtres des transactions' });
    await waitFor(() => expect(api.requestsTo('GET', '/api/v1/transactions')).toHaveLength(1));
    expect(within(form).queryByLabelText('Agent')).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/v1/users')).toHaveLength(0);
  });

  it("exports every movement the address's filters select, in CSV, under the API's file name", async () => {
    const { blobs, saved } = watchSavedFiles();
    const api = routeApi();
    renderWithProviders(<TransactionsRoute />, {
      route: '/transactions?type=Deposit&categoryId=c1&sort=-amount&page=2',
      user: { ...AGENT_USER, roles: ['Accountant'] },
    });
    const user = userEvent.setup();

    const exports = await screen.findByRole('group', { name: 'Exporter les transactions' });
    expect(within(exports).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'CSV',
      'Excel (XLSX)',
      'PDF',
    ]);
    await user.click(within(exports).getByRole('button', { name: 'CSV' }));

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: CSV_NAME }]));
    expect([...new Uint8Array(await blobs[0].arrayBuffer())]).toEqual([...new TextEncoder().encode(CSV)]);
    const [request] = api.requestsTo('GET', '/api/v1/transactions').filter((r) => r.url.includes('format'));
    // The filters and the sort of the page, not the page: a file holds every row.
    expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({
      type: 'Deposit',
      categoryId: 'c1',
      sort: '-amount',
      format: 'csv',
    });
  });

  it('offers an agent no export (the report history is not theirs)', async () => {
    routeApi();
    renderWithProviders(<TransactionsRoute />, { route: '/transactions', user: AGENT_USER });

    expect(await screen.findByText('Aucun mouvement pour ces filtres.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Exporter les transactions' })).not.toBeInTheDocument();
  });

  it('turns away a platform administrator', () => {
    routeApi();
    renderWithProviders(<TransactionsRoute />, {
      route: '/transactions',
      user: { ...AGENT_USER, roles: ['PlatformAdmin'] },
    });

    expect(screen.queryByRole('form', { name: 'Filtres des transactions' })).not.toBeInTheDocument();
  });
});
