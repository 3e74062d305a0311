import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import { useDashboard } from '@/features/reporting/api/get-dashboard';
import { AccountantDashboard } from '@/features/reporting/components/dashboard/accountant-dashboard';
import { AgentDashboard } from '@/features/reporting/components/dashboard/agent-dashboard';
import { AuditorDashboard } from '@/features/reporting/components/dashboard/auditor-dashboard';
import { ManagerDashboard } from '@/features/reporting/components/dashboard/manager-dashboard';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type DashboardProps = {
  displayName: string;
  institutionName: string;
  /** A figure from another feature for the manager's dashboard (the agents' unsynced operations), composed in src/app. */
  managerExtra?: ReactNode;
};

/** The landing page of the staff of an institution: the figures of their role, under a greeting that says whose and when. */
export function Dashboard({ displayName, institutionName, managerExtra }: DashboardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useDashboard();
  return (
    <>
      <PageHeader title={t('dashboard.greeting', { name: displayName })} />
      <QueryView query={query}>
        {(dashboard) => (
          <>
            <p className="text-body-secondary">
              {dashboard.branchName
                ? t('dashboard.scopeBranch', { institution: institutionName, date: formatDate(dashboard.today, locale), branch: dashboard.branchName })
                : t('dashboard.scope', { institution: institutionName, date: formatDate(dashboard.today, locale) })}
            </p>
            {dashboard.agent && <AgentDashboard figures={dashboard.agent} />}
            {dashboard.manager && <ManagerDashboard figures={dashboard.manager} extra={managerExtra} />}
            {dashboard.accountant && <AccountantDashboard figures={dashboard.accountant} />}
            {dashboard.auditor && <AuditorDashboard figures={dashboard.auditor} />}
          </>
        )}
      </QueryView>
    </>
  );
}
