import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { CategoriesList } from '@/features/deposits/components/categories-list';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ADMIN = { ...AGENT_USER, id: 'u1', username: 'sfd.admin', displayName: 'Mariam Traoré', roles: ['SfdAdmin'] };

const CATEGORIES = [
  { id: 'c1', name: 'Commerce', transactionCount: 12, createdAt: '2026-11-01T09:00:00Z' },
  { id: 'c2', name: 'Épargne scolaire', transactionCount: 0, createdAt: '2026-11-02T09:00:00Z' },
];

function categoriesApi() {
  return fakeApi((path, request) => {
    if (path === '/api/v1/categories' && request.method === 'GET') return jsonResponse(200, CATEGORIES);
    if (path === '/api/v1/categories' && request.method === 'POST') {
      return jsonResponse(409, {
        title: 'Conflict.',
        status: 409,
        code: 'category_name_taken',
        detail: 'Une catégorie nommée « Commerce » existe déjà.',
      });
    }
    if (path === '/api/v1/categories/c1' && request.method === 'DELETE') {
      return jsonResponse(409, {
        title: 'Conflict.',
        status: 409,
        code: 'category_in_use',
        detail: 'La catégorie « Commerce » est utilisée par 12 opération(s).',
      });
    }
    if (path === '/api/v1/categories/c2' && request.method === 'PUT') {
      return jsonResponse(200, { ...CATEGORIES[1], name: 'Épargne des écoliers' });
    }
    return jsonResponse(404, {});
  });
}

describe('CategoriesList', () => {
  it('shows an agent the categories with their use, and nothing to change', async () => {
    categoriesApi();
    renderWithProviders(<CategoriesList />, { route: '/categories', user: AGENT_USER });

    const table = await screen.findByRole('table');
    expect(bodyRows(table)).toEqual([
      ['Commerce', '12'],
      ['Épargne scolaire', '0'],
    ]);
    expect(screen.queryByRole('button', { name: 'Nouvelle catégorie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Supprimer/ })).not.toBeInTheDocument();
  });

  it('says in French why a used category cannot be deleted, and why a name is refused', async () => {
    const api = categoriesApi();
    renderWithProviders(<CategoriesList />, { route: '/categories', user: ADMIN });
    const user = userEvent.setup();
    const table = await screen.findByRole('table');

    await user.click(within(table).getByRole('button', { name: 'Supprimer la catégorie Commerce' }));
    const confirm = await screen.findByRole('dialog', { name: 'Supprimer la catégorie' });
    await user.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    expect(await within(confirm).findByText(/est utilisée par des opérations : elle ne peut pas être supprimée/)).toBeVisible();
    expect(api.requestsTo('DELETE', '/api/v1/categories/c1')).toHaveLength(1);
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }));

    await user.click(screen.getByRole('button', { name: 'Nouvelle catégorie' }));
    const create = await screen.findByRole('dialog', { name: 'Nouvelle catégorie' });
    await user.click(within(create).getByRole('button', { name: 'Créer' }));
    expect(await within(create).findByText('Ce champ est obligatoire.')).toBeVisible();
    expect(api.requestsTo('POST', '/api/v1/categories')).toHaveLength(0);
    await user.type(within(create).getByLabelText('Nom'), 'commerce');
    await user.click(within(create).getByRole('button', { name: 'Créer' }));
    expect(await within(create).findByText(/Une catégorie porte déjà ce nom/)).toBeVisible();
    expect(await api.requestsTo('POST', '/api/v1/categories')[0].json()).toEqual({ name: 'commerce' });
  });

  it('renames a category, the dialog closing once saved', async () => {
    const api = categoriesApi();
    renderWithProviders(<CategoriesList />, { route: '/categories', user: ADMIN });
    const user = userEvent.setup();
    const table = await screen.findByRole('table');

    await user.click(within(table).getByRole('button', { name: 'Renommer la catégorie Épargne scolaire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Renommer « Épargne scolaire »' });
    const name = within(dialog).getByLabelText('Nom');
    await user.clear(name);
    await user.type(name, 'Épargne des écoliers');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await api.requestsTo('PUT', '/api/v1/categories/c2')[0].json()).toEqual({ name: 'Épargne des écoliers' });
  });
});
