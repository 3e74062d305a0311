import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import TransactionsRoute from '@/app/routes/accounts/transactions';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const EMPTY_PAGE = { items: [], page: 1, pageSize: 20, totalCount: 0, totals: { credits: 0, debits: 0 } };

function routeApi() {
  return fakeApi((path) => {
    if (path === '/api/v1/transactions') return jsonResponse(200, EMPTY_PAGE);
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

  it('turns away a platform administrator', () => {
    routeApi();
    renderWithProviders(<TransactionsRoute />, {
      route: '/transactions',
      user: { ...AGENT_USER, roles: ['PlatformAdmin'] },
    });

    expect(screen.queryByRole('form', { name: 'Filtres des transactions' })).not.toBeInTheDocument();
  });
});
