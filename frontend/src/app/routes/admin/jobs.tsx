import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { JobsList } from '@/features/identity-access/components/jobs-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function JobsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.jobs} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('jobs.title')} />
      <JobsList />
    </Authorization>
  );
}
