import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { MainNavigation } from '@/components/layouts/main-navigation';
import { renderWithProviders } from '@/testing/test-utils';

/** The top-level entries, in order: links, and buttons that open a group. */
function topLevelEntries() {
  return [...screen.queryAllByRole('link'), ...screen.queryAllByRole('button')].map((element) => element.textContent);
}

/** Opens a group of the menu and returns its links, with where they go. */
async function groupLinks(name: string) {
  await userEvent.setup().click(screen.getByRole('button', { name }));
  await screen.findAllByRole('link', { name: /./ });
  return screen
    .getAllByRole('link')
    .filter((link) => link.classList.contains('dropdown-item'))
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('MainNavigation', () => {
  it('shows an agent the clients, the accounts, the transactions, the payments and the loans (without the portfolio at risk), and nothing to approve or account for', async () => {
    renderWithProviders(<MainNavigation roles={['Agent']} />);

    expect(screen.getByRole('link', { name: 'Tableau de bord' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Clients' })).toHaveAttribute('href', '/clients');
    expect(screen.getByRole('link', { name: 'Comptes' })).toHaveAttribute('href', '/accounts');
    expect(screen.getByRole('link', { name: 'Transactions' })).toHaveAttribute('href', '/transactions');
    expect(screen.getByRole('link', { name: 'Paiements' })).toHaveAttribute('href', '/paiements');
    expect(topLevelEntries()).toEqual([
      'Tableau de bord',
      'Clients',
      'Comptes',
      'Transactions',
      'Ma caisse',
      'Collecte hors ligne',
      'Paiements',
      'Tontines',
      'Crédits',
    ]);
    expect(await groupLinks('Crédits')).toEqual([
      ['Dossiers de crédit', '/loans'],
      ['Simulation', '/loans/simulation'],
    ]);
  });

  it('gives an agent their daily round of tontine collections, the adhesions and the tontines', async () => {
    renderWithProviders(<MainNavigation roles={['Agent']} />);

    expect(await groupLinks('Tontines')).toEqual([
      ['Ma tournée', '/tontines/tournee'],
      ['Adhésions', '/tontines/adhesions'],
      ['Tontines et participants', '/tontines'],
    ]);
  });

  it("gives a supervisor the approvals inbox, the agents' synchronisation, the portfolio at risk and the reports", async () => {
    renderWithProviders(<MainNavigation roles={['Supervisor']} />);

    expect(screen.getByRole('link', { name: 'À valider' })).toHaveAttribute('href', '/approvals');
    expect(screen.getByRole('link', { name: 'Synchronisation' })).toHaveAttribute('href', '/sync/devices');
    expect(screen.getByRole('link', { name: 'Rapports' })).toHaveAttribute('href', '/rapports');
    expect(topLevelEntries()).toEqual([
      'Tableau de bord',
      'Clients',
      'Comptes',
      'Transactions',
      'Ma caisse',
      'Collecte hors ligne',
      'Paiements',
      'À valider',
      'Synchronisation',
      'Rapports',
      'Tontines',
      'Crédits',
    ]);
    expect(await groupLinks('Crédits')).toEqual([
      ['Dossiers de crédit', '/loans'],
      ['Simulation', '/loans/simulation'],
      ['Portefeuille à risque', '/loans/portfolio-at-risk'],
    ]);
  });

  it('gives an accountant the transactions, the accounting menu (manual entries and periods included) and the reports', async () => {
    renderWithProviders(<MainNavigation roles={['Accountant']} />);

    expect(screen.getByRole('link', { name: 'Transactions' })).toHaveAttribute('href', '/transactions');
    expect(topLevelEntries()).toEqual([
      'Tableau de bord',
      'Clients',
      'Comptes',
      'Transactions',
      'Paiements',
      'Rapports',
      'Tontines',
      'Crédits',
      'Comptabilité',
    ]);
    expect(await groupLinks('Comptabilité')).toEqual([
      ['Plan comptable', '/accounting/gl-accounts'],
      ['Journal', '/accounting/journal'],
      ['Balance générale', '/accounting/trial-balance'],
      ['Écritures manuelles', '/accounting/manual-entries'],
      ['Périodes', '/accounting/periods'],
      ['Rapprochement bancaire', '/accounting/bank-reconciliation'],
    ]);
  });

  it('lets an accountant read the tontines, with no round to collect', async () => {
    renderWithProviders(<MainNavigation roles={['Accountant']} />);

    expect(await groupLinks('Tontines')).toEqual([
      ['Adhésions', '/tontines/adhesions'],
      ['Tontines et participants', '/tontines'],
    ]);
  });

  it('gives an auditor the accounting, the reports, the audit trail and the anomalies, without approvals or administration', async () => {
    renderWithProviders(<MainNavigation roles={['Auditor']} />);

    expect(topLevelEntries()).toEqual([
      'Tableau de bord',
      'Clients',
      'Comptes',
      'Transactions',
      'Paiements',
      'Rapports',
      'Tontines',
      'Crédits',
      'Comptabilité',
      'Audit',
    ]);
    expect(await groupLinks('Audit')).toEqual([
      ["Piste d'audit", '/audit'],
      ['Anomalies', '/anomalies'],
      ["Assistant d'audit", '/anomalies/assistant'],
    ]);
  });

  it('gives an institution administrator the offline collection under Tontines, beside the tontines (its top level is full)', async () => {
    renderWithProviders(<MainNavigation roles={['SfdAdmin']} />);

    expect(await groupLinks('Tontines')).toEqual([
      ['Ma tournée', '/tontines/tournee'],
      ['Adhésions', '/tontines/adhesions'],
      ['Tontines et participants', '/tontines'],
      ['Collecte hors ligne', '/offline'],
    ]);
  });

  it('gives an institution administrator every area of the institution, deposit and loan products included', async () => {
    renderWithProviders(<MainNavigation roles={['SfdAdmin']} />);

    expect(topLevelEntries()).toEqual([
      'Tableau de bord',
      'Clients',
      'Comptes',
      'Transactions',
      'Paiements',
      'À valider',
      'Rapports',
      'Tontines',
      'Crédits',
      'Comptabilité',
      'Administration',
      'Audit',
    ]);
    expect(await groupLinks('Administration')).toEqual([
      ['Agences', '/admin/branches'],
      ['Utilisateurs', '/admin/users'],
      ["Produits d'épargne", '/admin/deposit-products'],
      ['Produits de crédit', '/admin/loan-products'],
      ['Catégories', '/categories'],
      ['Caisses', '/caisse'],
      ['Messages sortants', '/admin/outbox'],
      ['Clients API', '/admin/api-clients'],
      ['Tâches planifiées', '/admin/jobs'],
      ['Synchronisation', '/sync/devices'],
    ]);
    expect(screen.queryByRole('link', { name: 'Institutions' })).not.toBeInTheDocument();
  });

  it('gives the platform administrator the institutions and the scheduled jobs, and no client data', async () => {
    renderWithProviders(<MainNavigation roles={['PlatformAdmin']} />);

    expect(topLevelEntries()).toEqual(['Tableau de bord', 'Institutions', 'Administration']);
    expect(await groupLinks('Administration')).toEqual([['Tâches planifiées', '/admin/jobs']]);
  });
});
