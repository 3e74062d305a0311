import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Dashboard as DashboardFigures } from '@/features/reporting/api/get-dashboard';
import { Dashboard } from '@/features/reporting/components/dashboard/dashboard';
import { SUPERVISOR } from '@/features/reporting/testing/fixtures';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

const AGENT: DashboardFigures = {
  role: 'Agent',
  today: '2026-12-03',
  branchId: null,
  branchName: null,
  agent: {
    collectionsToday: { count: 3, amount: 170000 },
    collectionsByChannel: [
      { channel: 'Cash', count: 2, amount: 150000 },
      { channel: 'MobileMoney', count: 1, amount: 20000 },
    ],
    clients: 42,
    pending: { accountOpenings: 1, withdrawals: 0, loanApplications: 2 },
    dueThisWeek: { count: 0, amount: 0, loans: [] },
    late: {
      count: 1,
      amount: 41200,
      loans: [{ loanId: 'l1', loanNumber: 'PR-000007', clientId: 'c1', clientName: 'Awa Koné', dueDate: '2026-11-23', amount: 41200, daysLate: 10 }],
    },
  },
};

const MANAGER: DashboardFigures = {
  role: 'Supervisor',
  today: '2026-12-03',
  branchId: 'b1',
  branchName: 'Cotonou centre',
  manager: {
    clients: 250,
    depositsOutstanding: 12500000,
    portfolio: { outstandingPrincipal: 4000000, par1: 12.5, par30: 7.25, par90: 2, activeLoans: 30, loansInArrears: 5 },
    disbursementsThisMonth: { count: 2, amount: 300000 },
    repaymentsThisMonth: { count: 9, amount: 180000 },
    approvals: { accountOpenings: 4, withdrawals: 1, loansToReview: 2, loansToDecide: 0, loansToDisburse: 1, paymentsToResolve: 0 },
    branches: [{ branchId: 'b1', name: 'Cotonou centre', clients: 250, deposits: 12500000, loansOutstanding: 4000000, par30: 7.25 }],
    months: MONTHS.map((month, i) => ({
      month,
      deposits: i * 100000,
      withdrawals: i * 50000,
      outstanding: i < 10 ? null : 4000000,
      par30: i < 10 ? null : i === 10 ? 6.5 : 7.25,
    })),
  },
};

function dashboardApi(figures: DashboardFigures) {
  return fakeApi((path) => (path === '/api/v1/dashboard' ? jsonResponse(200, figures) : jsonResponse(404, {})));
}

describe('Dashboard', () => {
  it("shows an agent today's collections by channel, their requests, their late loans linked, and the quick actions", async () => {
    dashboardApi(AGENT);
    renderWithProviders(<Dashboard displayName="Awa Diallo" institutionName="SFD Démo" />, { user: AGENT_USER });

    expect(await screen.findByText('170 000 FCFA')).toBeVisible();
    expect(screen.getByText('Espèces : 150 000 FCFA (2) · Mobile money : 20 000 FCFA (1)')).toBeVisible();
    expect(screen.getByText('1 ouverture(s) de compte, 0 retrait(s), 2 crédit(s)')).toBeVisible();
    const late = screen.getByRole('region', { name: 'Crédits en retard (1)' });
    expect(within(late).getByRole('link', { name: /Awa Koné/ })).toHaveAttribute('href', '/loans/l1');
    expect(within(late).getByText('PR-000007 · 10 jours de retard')).toBeVisible();
    expect(screen.getByText('Aucune échéance cette semaine.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Nouveau client' })).toHaveAttribute('href', '/clients?nouveau=1');
    expect(screen.getByText('SFD Démo, au 3 déc. 2026')).toBeVisible();
  });

  it('shows a supervisor their branch, PAR with last month beside it, the approval queue, and each chart as a table of twelve months', async () => {
    dashboardApi(MANAGER);
    renderWithProviders(<Dashboard displayName="Koffi Mensah" institutionName="SFD Démo" />, { user: SUPERVISOR });

    expect(await screen.findByText('SFD Démo, Cotonou centre, au 3 déc. 2026')).toBeVisible();
    expect(screen.getAllByText('7,25 %')[0]).toBeVisible();
    expect(screen.getByText('Mois précédent : 6,5 %')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Demandes à valider' })).toHaveAttribute('href', '/approvals');
    expect(screen.getByText(/4 ouverture\(s\) de compte, 1 retrait\(s\), 2 crédit\(s\) à instruire/)).toBeVisible();

    const flows = screen.getByRole('table', { name: 'Dépôts et retraits (12 mois)' });
    expect(within(flows).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'janv. 2026', 'févr. 2026', 'mars 2026', 'avr. 2026', 'mai 2026', 'juin 2026',
      'juil. 2026', 'août 2026', 'sept. 2026', 'oct. 2026', 'nov. 2026', 'déc. 2026',
    ]);
    expect(bodyRows(flows)[11]).toEqual(['1 100 000 FCFA', '550 000 FCFA']);
    const par = bodyRows(screen.getByRole('table', { name: 'PAR 30 en fin de mois' }));
    expect(par[0]).toEqual(['—']);
    expect(par[11]).toEqual(['7,25 %']);
  });

  it('says where the month-end figures come from before any end of day recorded them, rather than drawing empty axes', async () => {
    const manager = MANAGER.manager!;
    dashboardApi({ ...MANAGER, manager: { ...manager, months: manager.months.map((m) => ({ ...m, outstanding: null, par30: null })) } });
    renderWithProviders(<Dashboard displayName="Koffi Mensah" institutionName="SFD Démo" />, { user: SUPERVISOR });

    const portfolio = await screen.findByRole('region', { name: 'Encours de crédit en fin de mois' });
    expect(within(portfolio).getByText('Pas encore de chiffres : ils viennent des clôtures de journée.')).toBeVisible();
    expect(within(portfolio).queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Dépôts et retraits (12 mois)' })).toBeInTheDocument();
  });
});
