import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { useBranches } from '@/features/identity-access/api/get-branches';
import { useUsers } from '@/features/identity-access/api/get-users';
import { useLoanProducts } from '@/features/loans/api/get-loan-products';
import { Reports } from '@/features/reporting/components/reports';
import { Authorization, POLICIES } from '@/lib/authorization';

/**
 * What the reports' filters offer and their history names, from the features that own them: every branch, every agent
 * (a departed one still filters past figures) and every loan product. An accountant may not list the users (403): the
 * agent filter is then left out.
 */
function ReportsPage() {
  const branches = useBranches({ page: 1, pageSize: 100 });
  const agents = useUsers({ role: 'Agent', page: 1, pageSize: 100 });
  const products = useLoanProducts();
  return (
    <Reports
      options={{
        branches: branches.data?.items,
        agents: agents.data?.items.map((agent) => ({ id: agent.id, name: agent.displayName })),
        products: products.data,
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
