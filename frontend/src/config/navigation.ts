import { paths } from '@/config/paths';
import { POLICIES, type Role } from '@/lib/authorization';

export type NavLinkEntry = { labelKey: string; to: string; allowed?: readonly Role[] };
export type NavGroupEntry = { labelKey: string; items: readonly NavLinkEntry[] };
export type NavEntry = NavLinkEntry | NavGroupEntry;

/**
 * The main menu. An entry without `allowed` is for every signed-in user; a group shows when at least one of
 * its items does. Each new area of the product adds its entry here.
 */
export const NAVIGATION: readonly NavEntry[] = [
  { labelKey: 'nav.dashboard', to: paths.dashboard.getHref() },
  { labelKey: 'nav.clients', to: paths.clients.getHref(), allowed: POLICIES.clients },
  { labelKey: 'nav.accounts', to: paths.accounts.getHref(), allowed: POLICIES.clients },
  { labelKey: 'nav.transactions', to: paths.transactions.getHref(), allowed: POLICIES.clients },
  { labelKey: 'nav.myDrawer', to: paths.myDrawer.getHref(), allowed: POLICIES.cashDrawerMenu },
  { labelKey: 'nav.offline', to: paths.offline.getHref(), allowed: POLICIES.offlineCollectionMenu },
  { labelKey: 'nav.payments', to: paths.payments.getHref(), allowed: POLICIES.payments },
  { labelKey: 'nav.approvals', to: paths.approvals.getHref(), allowed: POLICIES.approvals },
  { labelKey: 'nav.syncDevices', to: paths.syncDevices.getHref(), allowed: POLICIES.syncDevicesMenu },
  {
    labelKey: 'nav.tontines',
    items: [
      { labelKey: 'nav.tontineRound', to: paths.tontineRound.getHref(), allowed: POLICIES.tontineOfficer },
      { labelKey: 'nav.tontineAdhesions', to: paths.tontineAdhesions.getHref(), allowed: POLICIES.tontines },
      { labelKey: 'nav.tontineList', to: paths.tontines.getHref(), allowed: POLICIES.tontines },
      { labelKey: 'nav.offline', to: paths.offline.getHref(), allowed: POLICIES.offlineCollectionInTontines },
    ],
  },
  {
    labelKey: 'nav.loans',
    items: [
      { labelKey: 'nav.loanFiles', to: paths.loans.getHref(), allowed: POLICIES.loans },
      { labelKey: 'nav.loanSimulation', to: paths.loanSimulation.getHref(), allowed: POLICIES.loans },
      { labelKey: 'nav.portfolioAtRisk', to: paths.portfolioAtRisk.getHref(), allowed: POLICIES.portfolioAtRisk },
    ],
  },
  {
    labelKey: 'nav.accounting',
    items: [
      { labelKey: 'nav.glAccounts', to: paths.glAccounts.getHref(), allowed: POLICIES.accounting },
      { labelKey: 'nav.journal', to: paths.journal.getHref(), allowed: POLICIES.accounting },
      { labelKey: 'nav.trialBalance', to: paths.trialBalance.getHref(), allowed: POLICIES.accounting },
      { labelKey: 'nav.manualEntries', to: paths.manualEntries.getHref(), allowed: POLICIES.accounting },
      { labelKey: 'nav.accountingPeriods', to: paths.accountingPeriods.getHref(), allowed: POLICIES.accounting },
      { labelKey: 'nav.bankReconciliation', to: paths.bankReconciliation.getHref(), allowed: POLICIES.accounting },
    ],
  },
  { labelKey: 'nav.reports', to: paths.reports.getHref(), allowed: POLICIES.reports },
  {
    labelKey: 'nav.administration',
    items: [
      { labelKey: 'nav.branches', to: paths.branches.getHref(), allowed: POLICIES.branches },
      { labelKey: 'nav.users', to: paths.users.getHref(), allowed: POLICIES.users },
      { labelKey: 'nav.depositProducts', to: paths.depositProducts.getHref(), allowed: POLICIES.depositProducts },
      { labelKey: 'nav.loanProducts', to: paths.loanProducts.getHref(), allowed: POLICIES.loanProducts },
      // The page manages them; everyone else meets them in the money dialogs and the explorer's filter.
      { labelKey: 'nav.categories', to: paths.categories.getHref(), allowed: POLICIES.categories },
      // The drawer page holds the open-drawer rule; an SfdAdmin opens their own drawer there too.
      { labelKey: 'nav.cashDrawers', to: paths.myDrawer.getHref(), allowed: POLICIES.treasurySettings },
      // The auditor reads the outbox at its address; their menu has no Administration.
      { labelKey: 'nav.outbox', to: paths.outbox.getHref(), allowed: POLICIES.outboxRetry },
      { labelKey: 'nav.apiClients', to: paths.apiClients.getHref(), allowed: POLICIES.apiClientsManage },
      { labelKey: 'nav.jobs', to: paths.jobs.getHref(), allowed: POLICIES.jobs },
      { labelKey: 'nav.syncDevices', to: paths.syncDevices.getHref(), allowed: POLICIES.syncDevicesAdminMenu },
    ],
  },
  { labelKey: 'nav.institutions', to: paths.institutions.getHref(), allowed: POLICIES.institutions },
  // The trail and the findings of anomaly detection: one entry, so that the administrator's menu holds on one line.
  {
    labelKey: 'nav.auditGroup',
    items: [
      { labelKey: 'nav.audit', to: paths.audit.getHref(), allowed: POLICIES.audit },
      { labelKey: 'nav.anomalies', to: paths.anomalies.getHref(), allowed: POLICIES.anomalies },
      { labelKey: 'nav.anomalyAssistant', to: paths.anomalyAssistant.getHref(), allowed: POLICIES.anomalies },
    ],
  },
];
