import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { useCategories } from '@/features/deposits/api/get-categories';
import { useBranches } from '@/features/identity-access/api/get-branches';
import { getUsersQueryOptions } from '@/features/identity-access/api/get-users';
import { useLoanProducts } from '@/features/loans/api/get-loan-products';
import { Reports } from '@/features/reporting/components/reports';
import { Authorization, POLICIES, useIsAllowed } from '@/lib/authorization';

/**
 * What the reports' filters offer and their history names, from the features that own them: every branch, every agent
 * (a departed one still filters past figures) and every loan product. An accountant may not list the users: the agent
 * filter is then left out, and the list is not even asked for.
 */
function ReportsPage() {
  const branches = useBranches({ page: 1, pageSize: 100 });
  const mayListUsers = useIsAllowed(POLICIES.userDirectory);
  const agents = useQuery({ ...getUsersQueryOptions({ role: 'Agent', page: 1, pageSize: 100 }), enabled: mayListUsers });
  const products = useLoanProducts();
  const categories = useCategories();
  return (
    <Reports
      options={{
        branches: branches.data?.items,
        agents: agents.data?.items.map((agent) => ({ id: agent.id, name: agent.displayName })),
        products: products.data,
        categories: categories.data,
      }}
    />
  );
}

export default function ReportsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.reports} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('reports.title')} />
      <ReportsPage />
    </Authorization>
  );
}
