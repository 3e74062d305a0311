import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { MainNavigation } from '@/components/layouts/main-navigation';
import { renderWithProviders } from '@/testing/test-utils';

/** The top-level entries, in order: links, and buttons that open a group. */
function topLevelEntries() {
  return [...screen.queryAllByRole('link'), ...screen.queryAllByRole('button')].map((element) => element.textContent);
}

describe('MainNavigation', () => {
  it('shows an agent the dashboard only', () => {
    renderWithProviders(<MainNavigation roles={['Agent']} />);

    expect(screen.getByRole('link', { name: 'Tableau de bord' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Administration' })).not.toBeInTheDocument();
    expect(topLevelEntries()).toEqual(['Tableau de bord']);
  });

  it('gives an institution administrator the administration menu and the audit trail', async () => {
    renderWithProviders(<MainNavigation roles={['SfdAdmin']} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Administration' }));

    expect(await screen.findByRole('link', { name: 'Agences' })).toHaveAttribute('href', '/admin/branches');
    expect(screen.getByRole('link', { name: 'Utilisateurs' })).toHaveAttribute('href', '/admin/users');
    expect(screen.getByRole('link', { name: "Piste d'audit" })).toHaveAttribute('href', '/audit');
    expect(screen.queryByRole('link', { name: 'Institutions' })).not.toBeInTheDocument();
  });

  it('gives an auditor the audit trail without administration', () => {
    renderWithProviders(<MainNavigation roles={['Auditor']} />);

    expect(topLevelEntries()).toEqual(['Tableau de bord', "Piste d'audit"]);
  });

  it('gives the platform administrator the institutions', () => {
    renderWithProviders(<MainNavigation roles={['PlatformAdmin']} />);

    expect(topLevelEntries()).toEqual(['Tableau de bord', 'Institutions']);
  });
});
