import type { ReportPage } from '@/features/reporting/api/get-report';
import type { ReportRun } from '@/features/reporting/api/get-report-runs';
import type { ReportDefinition } from '@/features/reporting/api/get-reports';
import type { ReportFilterOptions } from '@/features/reporting/components/use-report-words';
import { AGENT_USER } from '@/testing/test-utils';

/** A supervisor of the demo institution (XOF), who may read and export reports. */
export const SUPERVISOR = { ...AGENT_USER, id: 'u2', username: 'supervisor', roles: ['Supervisor'] };

/** The two reports of the catalogue, as the API describes them (docs/reporting.md). */
export const CLIENT_BALANCES: ReportDefinition = {
  name: 'client-balances',
  title: 'Situation des clients',
  description: "Chaque client avec l'épargne de ses comptes et l'encours de ses prêts.",
  columns: [
    { key: 'clientNumber', title: 'N° client', kind: 'Text' },
    { key: 'client', title: 'Client', kind: 'Text' },
    { key: 'branch', title: 'Agence', kind: 'Text' },
    { key: 'agent', title: 'Agent', kind: 'Text' },
    { key: 'status', title: 'Statut', kind: 'Text' },
    { key: 'accounts', title: 'Comptes', kind: 'Integer' },
    { key: 'savings', title: 'Épargne', kind: 'Money' },
    { key: 'loansOutstanding', title: 'Encours de crédit', kind: 'Money' },
  ],
  filters: ['branchId', 'agentId', 'status'],
  statuses: ['PendingKyc', 'Active', 'Suspended', 'Closed'],
};

export const PORTFOLIO_AGEING: ReportDefinition = {
  name: 'portfolio-ageing',
  title: 'Vieillissement du portefeuille',
  description: "Les prêts actifs, leur encours et leurs jours de retard, par tranche d'ancienneté.",
  columns: [
    { key: 'loanNumber', title: 'N° prêt', kind: 'Text' },
    { key: 'client', title: 'Client', kind: 'Text' },
    { key: 'branch', title: 'Agence', kind: 'Text' },
    { key: 'agent', title: 'Agent', kind: 'Text' },
    { key: 'product', title: 'Produit', kind: 'Text' },
    { key: 'outstanding', title: 'Encours', kind: 'Money' },
    { key: 'daysLate', title: 'Jours de retard', kind: 'Integer' },
    { key: 'bucket', title: 'Tranche', kind: 'Text' },
  ],
  filters: ['asOf', 'branchId', 'agentId', 'productId'],
  statuses: [],
};

export const CATALOGUE: ReportDefinition[] = [CLIENT_BALANCES, PORTFOLIO_AGEING];

/** The first page of the clients' report: two of its 42 rows, the totals over all of them. */
export const CLIENT_BALANCES_PAGE: ReportPage = {
  name: CLIENT_BALANCES.name,
  title: CLIENT_BALANCES.title,
  columns: CLIENT_BALANCES.columns,
  rows: [
    ['CLI-000001', 'Awa Koné', 'Agence Cotonou Centre', 'Koffi Mensah', 'Actif', 2, 150000, 25000],
    ['CLI-000002', 'Jean Dossou', 'Agence Porto-Novo', 'Koffi Mensah', 'Suspendu', 1250, 1250000, null],
  ],
  totals: [
    { label: 'Épargne', value: 1400000, kind: 'Money' },
    { label: 'Encours de crédit', value: 25000, kind: 'Money' },
  ],
  page: 1,
  pageSize: 20,
  totalCount: 42,
};

export const PORTFOLIO_AGEING_PAGE: ReportPage = {
  name: PORTFOLIO_AGEING.name,
  title: PORTFOLIO_AGEING.title,
  columns: PORTFOLIO_AGEING.columns,
  rows: [
    ['PR-000042', 'Awa Koné', 'Agence Cotonou Centre', 'Koffi Mensah', 'Crédit AGR', 480000, 12, '1 à 30 jours'],
  ],
  totals: [{ label: 'Total', value: 480000, kind: 'Money' }],
  page: 1,
  pageSize: 20,
  totalCount: 1,
};

/** What the route gives the filters: the institution's branches, agents and loan products. */
export const OPTIONS: ReportFilterOptions = {
  branches: [
    { id: 'b1', name: 'Agence Cotonou Centre' },
    { id: 'b2', name: 'Agence Porto-Novo' },
  ],
  agents: [{ id: 'u7', name: 'Koffi Mensah' }],
  products: [{ id: 'p1', name: 'Crédit AGR' }],
};

/** An Excel export of the clients' report, filtered by branch, agent and status. */
export const XLSX_RUN: ReportRun = {
  id: 'r1',
  report: 'client-balances',
  title: 'Situation des clients',
  format: 'Xlsx',
  parameters: { status: 'Active', agentId: 'u9', branchId: 'b1' },
  fileName: 'client-balances-20261203-101500.xlsx',
  rowCount: 1250,
  size: 12800,
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  requestedBy: 'Awa Diallo',
  requestedAt: '2026-12-03T10:15:00Z',
};

/** A page of the export history. */
export function runsPage(items: ReportRun[]) {
  return { items, page: 1, pageSize: 10, totalCount: items.length };
}
