import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import { paths } from '@/config/paths';
import { useAnomalySettings } from '@/features/anomalies/api/get-anomaly-settings';
import { AnomalySettingsForm } from '@/features/anomalies/components/anomaly-settings-form';
import { Authorization, POLICIES, useIsAllowed } from '@/lib/authorization';

function SettingsPage() {
  const settings = useAnomalySettings();
  const mayEdit = useIsAllowed(POLICIES.anomalySettings);
  return <QueryView query={settings}>{(data) => <AnomalySettingsForm settings={data} readOnly={!mayEdit} />}</QueryView>;
}

/** The detection's rules (`/anomalies/settings`): set by the SfdAdmin, read by the Auditor. */
export default function AnomalySettingsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.anomalies} forbiddenFallback={<Forbidden />}>
      <p className="mb-1">
        <Link to={paths.anomalies.getHref()}>{t('anomalies.backToList')}</Link>
      </p>
      <PageHeader title={t('anomalies.settings.title')} />
      <SettingsPage />
    </Authorization>
  );
}
