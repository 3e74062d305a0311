import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useUser } from '@/lib/auth';

export const ROLES = ['PlatformAdmin', 'SfdAdmin', 'Supervisor', 'Agent', 'Accountant', 'Auditor'] as const;

export type Role = (typeof ROLES)[number];

/** Roles an institution administrator may give to its staff. */
export const INSTITUTION_ROLES = ROLES.filter((role) => role !== 'PlatformAdmin');

/** Who may use each area of the application, and each action in it (as the API allows them). */
export const POLICIES = {
  branches: ['SfdAdmin'],
  users: ['SfdAdmin'],
  /** Who may list the staff (GET /api/v1/users): to name agents in filters, not to manage them. */
  userDirectory: ['SfdAdmin', 'Supervisor', 'Auditor'],
  /** Who may list the branches (GET /api/v1/branches): to name them in filters, not to manage them. */
  branchDirectory: ['SfdAdmin', 'Supervisor', 'Accountant', 'Auditor'],
  institutions: ['PlatformAdmin'],
  audit: ['SfdAdmin', 'Auditor'],
  /** Read the findings of anomaly detection, run it, review the findings; read the rules' settings. */
  anomalies: ['SfdAdmin', 'Auditor'],
  /** Turn the detection's rules on or off and set their parameters. */
  anomalySettings: ['SfdAdmin'],
  /** Read clients, accounts and their movements. */
  clients: ['SfdAdmin', 'Supervisor', 'Agent', 'Accountant', 'Auditor'],
  /** Register and edit clients, open and activate accounts, move money. */
  frontOffice: ['SfdAdmin', 'Supervisor', 'Agent'],
  /** Approve what an agent asked for (accounts, withdrawals over the threshold); suspend, close or delete clients. */
  approvals: ['SfdAdmin', 'Supervisor'],
  /** Reverse a deposit, a withdrawal or a transfer (contre-passation), with a reason. */
  reversals: ['SfdAdmin', 'Supervisor'],
  accounting: ['SfdAdmin', 'Accountant', 'Auditor'],
  chartOfAccounts: ['Accountant'],
  /** Write manual entries, approve or reject someone else's, reverse posted ones; close a month. */
  bookkeeping: ['SfdAdmin', 'Accountant'],
  /** Reopen a closed month, with a reason; set the amount above which a manual entry waits for approval. */
  accountingAdmin: ['SfdAdmin'],
  /** Import bank statements, save their format, match and unmatch their lines (the Auditor reads). */
  bankReconciliation: ['SfdAdmin', 'Accountant'],
  depositProducts: ['SfdAdmin'],
  /** Create, rename and delete the categories of movements (every role that reads accounts lists them). */
  categories: ['SfdAdmin'],
  /** Tag a movement with a category (an agent only those they recorded, see `categorizeAny`). */
  categorize: ['SfdAdmin', 'Supervisor', 'Agent'],
  /** Tag any movement with a category, whoever recorded it. */
  categorizeAny: ['SfdAdmin', 'Supervisor'],
  /** Read loans and applications, simulate a loan. */
  loans: ['SfdAdmin', 'Supervisor', 'Agent', 'Accountant', 'Auditor'],
  loanProducts: ['SfdAdmin'],
  /** Apply for a loan, submit or cancel an application, record a repayment. */
  loanOfficer: ['SfdAdmin', 'Supervisor', 'Agent'],
  /** Review an application (changing its terms), return it or recommend it. */
  loanReview: ['Supervisor'],
  /** Approve or reject a recommended application, write a loan off. */
  loanDecision: ['SfdAdmin'],
  /** Disburse an approved loan, reverse a repayment. */
  loanServicing: ['SfdAdmin', 'Supervisor'],
  portfolioAtRisk: ['SfdAdmin', 'Supervisor', 'Accountant', 'Auditor'],
  /** Read the reports of the catalogue, export them (CSV, XLSX, PDF) and download the exports of the history. */
  reports: ['SfdAdmin', 'Supervisor', 'Accountant', 'Auditor'],
  endOfDay: ['SfdAdmin'],
  /** Read mobile-money payments and their history. */
  payments: ['SfdAdmin', 'Supervisor', 'Agent', 'Accountant', 'Auditor'],
  /** Ask a payer to pay by mobile money (a deposit, an opening fee, a repayment); ask the provider about a payment. */
  paymentCollection: ['SfdAdmin', 'Supervisor', 'Agent'],
  /** Settle what a payment or an orphan payment left open: post the money received, or record its refund. */
  paymentResolution: ['SfdAdmin', 'Supervisor'],
  /** Read money a provider confirmed for no payment asked (orphan payments). */
  orphanPayments: ['SfdAdmin', 'Supervisor', 'Accountant', 'Auditor'],
  /** See the provider accounts and the forged or refused deliveries they received. */
  paymentProviders: ['SfdAdmin'],
  /** Read the tontines, their adhesions, participants, booklets and withdrawals. */
  tontines: ['SfdAdmin', 'Supervisor', 'Agent', 'Accountant', 'Auditor'],
  /** Create, edit, open and close the tontines. */
  tontineAdmin: ['SfdAdmin'],
  /**
   * Record, validate and reject adhesions, take their fees, collect contributions (the daily round), ask for and decide
   * withdrawals (a decision by someone other than the requester).
   */
  tontineOfficer: ['SfdAdmin', 'Supervisor', 'Agent'],
  /** Hold a cash drawer: open it with a counted float, close it with a count (whoever records cash). */
  cashDrawer: ['SfdAdmin', 'Supervisor', 'Agent'],
  /** Whose menu holds « Ma caisse » (the SfdAdmin, who rarely counts cash, reaches the page and its rule from Administration). */
  cashDrawerMenu: ['Supervisor', 'Agent'],
  /** Validate the close of someone else's drawer. */
  cashDrawerValidation: ['SfdAdmin', 'Supervisor'],
  /** Turn on the rule that cash is recorded only from an open drawer. */
  treasurySettings: ['SfdAdmin'],
  /** Have a notifications feed (the bell) and choose how to be notified: the staff of an institution. */
  notifications: ['SfdAdmin', 'Supervisor', 'Agent', 'Accountant', 'Auditor'],
  /** Read the outbox: the e-mails and SMS waiting, sent or dead-lettered. */
  outbox: ['SfdAdmin', 'Auditor'],
  /** Send a dead-lettered message again (and reach the outbox from Administration). */
  outboxRetry: ['SfdAdmin'],
  /** Read the institution's API clients (integrators). */
  apiClients: ['SfdAdmin', 'Auditor'],
  /** Register, rotate the secret of and revoke API clients. */
  apiClientsManage: ['SfdAdmin'],
  /** Record deposits, repayments and contributions on the phone, with or without a network, and sync them. */
  offlineCollection: ['SfdAdmin', 'Supervisor', 'Agent'],
  /** Whose menu holds « Collecte hors ligne » at its top level. */
  offlineCollectionMenu: ['Supervisor', 'Agent'],
  /** The SfdAdmin's top level is full at 1280 px: their « Collecte hors ligne » sits under Tontines. */
  offlineCollectionInTontines: ['SfdAdmin'],
  /** Read each agent's phones and the operations they hold unsynced (`/sync/devices`). */
  syncDevices: ['SfdAdmin', 'Supervisor'],
  /** Whose top-level menu holds « Synchronisation » (the SfdAdmin, whose menu is full, reaches it from Administration). */
  syncDevicesMenu: ['Supervisor'],
  /** The SfdAdmin's way to `/sync/devices`, from Administration. */
  syncDevicesAdminMenu: ['SfdAdmin'],
  /** See the scheduled jobs (global to the platform) and run one now. */
  jobs: ['PlatformAdmin', 'SfdAdmin'],
} as const satisfies Record<string, readonly Role[]>;

/** True when `allowed` is absent (open to every signed-in user) or shares a role with the user. */
export function hasAnyRole(userRoles: readonly string[], allowed: readonly Role[] | undefined) {
  return !allowed || allowed.some((role) => userRoles.includes(role));
}

/** Names roles in the current language (an unknown role shows as sent). */
export function useRoleLabels() {
  const { t } = useTranslation();
  return (roles: readonly string[]) => roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ');
}

/** Whether the signed-in user has one of the `allowed` roles (for what shows a column, not just an element). */
export function useIsAllowed(allowed: readonly Role[]) {
  const { data: user } = useUser();
  return !!user && hasAnyRole(user.roles, allowed);
}

type AuthorizationProps = {
  allowed: readonly Role[];
  forbiddenFallback?: ReactNode;
  children: ReactNode;
};

export function Authorization({ allowed, forbiddenFallback = null, children }: AuthorizationProps) {
  return useIsAllowed(allowed) ? children : forbiddenFallback;
}
