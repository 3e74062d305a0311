import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { SyncDevicesList } from '@/features/sync/devices/sync-devices-list';
import { Authorization, POLICIES } from '@/lib/authorization';

/** `/sync/devices`: the supervisor's view of what the agents' phones hold unsynced. */
export default function SyncDevicesRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.syncDevices} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('syncDevices.title')} />
      <p>{t('syncDevices.intro')}</p>
      <SyncDevicesList />
    </Authorization>
  );
}
