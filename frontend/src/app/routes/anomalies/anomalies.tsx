import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { AnomaliesList } from '@/features/anomalies/components/anomalies-list';
import { DetectAnomaliesButton } from '@/features/anomalies/components/detect-anomalies-button';
import { getBranchesQueryOptions } from '@/features/identity-access/api/get-branches';
import { getUsersQueryOptions } from '@/features/identity-access/api/get-users';
import { Authorization, POLICIES } from '@/lib/authorization';

/** The list's branch and agent filters, from the feature that owns them (both roles of the page may list them). */
function AnomaliesPage() {
  const branches = useQuery(getBranchesQueryOptions({ page: 1, pageSize: 100 }));
  const agents = useQuery(getUsersQueryOptions({ page: 1, pageSize: 100 }));
  return (
    <AnomaliesList
      options={{
        branches: branches.data?.items,
        agents: agents.data?.items.map((user) => ({ id: user.id, name: user.displayName })),
      }}
    />
  );
}

/** The auditors' workspace (`/anomalies`): the findings of anomaly detection, to run it again and to review them. */
export default function AnomaliesRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.anomalies} forbiddenFallback={<Forbidden />}>
      <PageHeader
        title={t('anomalies.title')}
        actions={
          <div className="d-flex flex-wrap gap-2 align-items-start">
            <DetectAnomaliesButton />
            <Link to={paths.anomalySettings.getHref()} className="btn btn-outline-secondary">
              {t('anomalies.settings.link')}
            </Link>
          </div>
        }
      />
      <AnomaliesPage />
    </Authorization>
  );
}
