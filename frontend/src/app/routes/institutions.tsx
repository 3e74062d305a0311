import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { InstitutionsList } from '@/features/identity-access/components/institutions-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function InstitutionsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.institutions} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('institutions.title')} />
      <InstitutionsList />
    </Authorization>
  );
}
