import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { RouteError } from '@/app/routes/route-error';
import { SyncRoot } from '@/app/sync-root';
import { AppLayout } from '@/components/layouts/app-layout';
import { PageSpinner } from '@/components/ui/page-spinner';
import { paths } from '@/config/paths';
import { NotificationCentre } from '@/features/notifications/components/notification-centre';
import { PendingBadge } from '@/features/sync/components/pending-badge';
import { OfflineSignIn } from '@/features/sync/offline-session/offline-sign-in';
import { SessionGuard } from '@/features/sync/offline-session/session-guard';
import { ProtectedRoute } from '@/lib/auth';

/** Pages load on demand, so a phone on a slow connection downloads only the screens it opens. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSpinner />,
    children: [
      { path: paths.login.path, lazy: page(() => import('@/app/routes/login')) },
      {
        element: (
          <ProtectedRoute unreachable={<OfflineSignIn />}>
            <SessionGuard>
              <SyncRoot>
                <AppLayout
                  tools={
                    <>
                      <PendingBadge />
                      <NotificationCentre />
                    </>
                  }
                />
              </SyncRoot>
            </SessionGuard>
          </ProtectedRoute>
        ),
        children: [
          { path: paths.dashboard.path, lazy: page(() => import('@/app/routes/dashboard')) },
          { path: paths.branches.path, lazy: page(() => import('@/app/routes/admin/branches')) },
          { path: paths.users.path, lazy: page(() => import('@/app/routes/admin/users')) },
          { path: paths.institutions.path, lazy: page(() => import('@/app/routes/institutions')) },
          { path: paths.audit.path, lazy: page(() => import('@/app/routes/audit')) },
          { path: paths.anomalies.path, lazy: page(() => import('@/app/routes/anomalies/anomalies')) },
          { path: paths.anomalySettings.path, lazy: page(() => import('@/app/routes/anomalies/settings')) },
          { path: paths.anomaly.path, lazy: page(() => import('@/app/routes/anomalies/anomaly')) },
          { path: paths.depositProducts.path, lazy: page(() => import('@/app/routes/admin/deposit-products')) },
          { path: paths.clients.path, lazy: page(() => import('@/app/routes/clients/clients')) },
          { path: paths.client.path, lazy: page(() => import('@/app/routes/clients/client')) },
          { path: paths.clientSheet.path, lazy: page(() => import('@/app/routes/clients/client-sheet')) },
          { path: paths.accounts.path, lazy: page(() => import('@/app/routes/accounts/accounts')) },
          { path: paths.account.path, lazy: page(() => import('@/app/routes/accounts/account')) },
          { path: paths.transactions.path, lazy: page(() => import('@/app/routes/accounts/transactions')) },
          { path: paths.categories.path, lazy: page(() => import('@/app/routes/accounts/categories')) },
          { path: paths.receipt.path, lazy: page(() => import('@/app/routes/accounts/receipt')) },
          { path: paths.openingFeeReceipt.path, lazy: page(() => import('@/app/routes/accounts/opening-fee-receipt')) },
          { path: paths.approvals.path, lazy: page(() => import('@/app/routes/approvals')) },
          { path: paths.glAccounts.path, lazy: page(() => import('@/app/routes/accounting/gl-accounts')) },
          { path: paths.journal.path, lazy: page(() => import('@/app/routes/accounting/journal')) },
          { path: paths.trialBalance.path, lazy: page(() => import('@/app/routes/accounting/trial-balance')) },
          { path: paths.generalLedger.path, lazy: page(() => import('@/app/routes/accounting/general-ledger')) },
          { path: paths.manualEntries.path, lazy: page(() => import('@/app/routes/accounting/manual-entries')) },
          { path: paths.newManualEntry.path, lazy: page(() => import('@/app/routes/accounting/new-manual-entry')) },
          { path: paths.accountingPeriods.path, lazy: page(() => import('@/app/routes/accounting/periods')) },
          { path: paths.bankReconciliation.path, lazy: page(() => import('@/app/routes/accounting/bank-reconciliation')) },
          { path: paths.loans.path, lazy: page(() => import('@/app/routes/loans/loans')) },
          { path: paths.loanSimulation.path, lazy: page(() => import('@/app/routes/loans/simulation')) },
          { path: paths.portfolioAtRisk.path, lazy: page(() => import('@/app/routes/loans/portfolio-at-risk')) },
          { path: paths.loan.path, lazy: page(() => import('@/app/routes/loans/loan')) },
          { path: paths.repaymentReceipt.path, lazy: page(() => import('@/app/routes/loans/repayment-receipt')) },
          { path: paths.loanProducts.path, lazy: page(() => import('@/app/routes/admin/loan-products')) },
          { path: paths.outbox.path, lazy: page(() => import('@/app/routes/admin/outbox')) },
          { path: paths.apiClients.path, lazy: page(() => import('@/app/routes/admin/api-clients')) },
          { path: paths.jobs.path, lazy: page(() => import('@/app/routes/admin/jobs')) },
          { path: paths.payments.path, lazy: page(() => import('@/app/routes/payments/payments')) },
          { path: paths.payment.path, lazy: page(() => import('@/app/routes/payments/payment')) },
          { path: paths.reports.path, lazy: page(() => import('@/app/routes/reports/reports')) },
          { path: paths.myDrawer.path, lazy: page(() => import('@/app/routes/treasury/my-drawer')) },
          { path: paths.tontines.path, lazy: page(() => import('@/app/routes/tontines/tontines')) },
          { path: paths.tontineAdhesions.path, lazy: page(() => import('@/app/routes/tontines/adhesions')) },
          { path: paths.tontineRound.path, lazy: page(() => import('@/app/routes/tontines/round')) },
          { path: paths.tontineParticipant.path, lazy: page(() => import('@/app/routes/tontines/participant')) },
          { path: paths.anomalyAssistant.path, lazy: page(() => import('@/app/routes/anomalies/assistant')) },
          { path: paths.syncDevices.path, lazy: page(() => import('@/app/routes/sync/devices')) },
          {
            path: paths.notificationPreferences.path,
            lazy: page(() => import('@/app/routes/notifications/preferences')),
          },
          { path: paths.accountSecurity.path, lazy: page(() => import('@/app/routes/account-security')) },
          { path: paths.offline.path, lazy: page(() => import('@/app/routes/offline')) },
          { path: '*', lazy: page(() => import('@/app/routes/not-found')) },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
