import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { TransactionExplorer } from '@/features/deposits/components/transaction-explorer';
import { getBranchesQueryOptions } from '@/features/identity-access/api/get-branches';
import { getUsersQueryOptions } from '@/features/identity-access/api/get-users';
import { TransactionExportButtons } from '@/features/reporting/components/export-buttons';
import { Authorization, POLICIES, useIsAllowed } from '@/lib/authorization';

/**
 * What the explorer's filters offer, from the feature that owns them: every branch, and every agent (a departed one
 * still recorded past movements). A user who may not list the staff (an agent, an accountant) gets no agent filter,
 * one who may not list the branches (an agent) no branch filter, and neither list is even asked for. Those who may
 * export reports export the explorer's selection too (it joins the report history).
 */
function TransactionsPage() {
  const mayListBranches = useIsAllowed(POLICIES.branchDirectory);
  const branches = useQuery({ ...getBranchesQueryOptions({ page: 1, pageSize: 100 }), enabled: mayListBranches });
  const mayListUsers = useIsAllowed(POLICIES.userDirectory);
  const agents = useQuery({
    ...getUsersQueryOptions({ role: 'Agent', page: 1, pageSize: 100 }),
    enabled: mayListUsers,
  });
  const mayExport = useIsAllowed(POLICIES.reports);
  return (
    <TransactionExplorer
      options={{
        branches: branches.data?.items,
        agents: agents.data?.items.map((agent) => ({ id: agent.id, name: agent.displayName })),
      }}
      exportButtons={mayExport ? (query) => <TransactionExportButtons query={query} /> : undefined}
    />
  );
}

/** Every movement on the institution's accounts, filtered, totalled and paged (`/transactions`). */
export default function TransactionsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('transactions.title')} />
      <TransactionsPage />
    </Authorization>
  );
}
