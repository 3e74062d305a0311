import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { BranchesList } from '@/features/identity-access/components/branches-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function BranchesRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.branches} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('branches.title')} />
      <BranchesList />
    </Authorization>
  );
}
