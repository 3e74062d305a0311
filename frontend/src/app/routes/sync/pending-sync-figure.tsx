import { useTranslation } from 'react-i18next';

import { paths } from '@/config/paths';
import { FigureCard } from '@/features/reporting/components/dashboard/figure-card';
import { useSyncDevices, waitsOverADay } from '@/features/sync/devices/get-sync-devices';
import { formatInteger } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** On the manager's dashboard: the operations the agents' phones hold unsynced, leading to the page per phone. */
export function PendingSyncFigure() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useSyncDevices();
  const pending = data?.reduce((sum, device) => sum + device.pending, 0);
  const late = data?.filter((device) => waitsOverADay(device)).length ?? 0;
  return (
    <FigureCard
      label={t('syncDevices.figure')}
      to={paths.syncDevices.getHref()}
      value={pending === undefined ? '—' : formatInteger(pending, locale)}
      detail={data && (late > 0 ? t('syncDevices.lateSummary', { count: late }) : t('syncDevices.phones', { count: data.length }))}
    />
  );
}
