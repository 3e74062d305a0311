import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import { QueryView } from '@/components/ui/query-view';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { byPending, useSyncDevices, waitsOverADay } from '@/features/sync/devices/get-sync-devices';
import type { SyncDeviceStatus } from '@/features/sync/types';
import { formatDateTime, formatInteger } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The phone's id is long and means nothing to a reader: its end tells two phones of an agent apart. */
function shortDeviceId(deviceId: string) {
  return deviceId.length > 12 ? `…${deviceId.slice(-8)}` : deviceId;
}

/**
 * « Synchronisation des agents »: for each agent's phone, the operations recorded offline and not yet synced, those
 * refused, the oldest waiting, the last report and the last sync — most pending first, a warning when operations have
 * waited over a day. A card a phone at 360 px, a table from 768 px.
 */
export function SyncDevicesList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const devices = useSyncDevices();
  const instant = (value: string | null | undefined) => (value ? formatDateTime(value, locale) : t('syncDevices.never'));

  const columns: StackedColumn<SyncDeviceStatus>[] = [
    {
      header: t('syncDevices.agent'),
      cell: (device) => (
        <>
          <div className="fw-semibold">{device.userName}</div>
          {device.branchName && <div className="small text-body-secondary">{device.branchName}</div>}
        </>
      ),
    },
    {
      header: t('syncDevices.device'),
      cell: (device) => (
        <span className="font-monospace small" title={device.deviceId}>
          {shortDeviceId(device.deviceId)}
        </span>
      ),
    },
    {
      header: t('syncDevices.pending'),
      numeric: true,
      cell: (device) => (
        <>
          <span className={waitsOverADay(device) ? 'fw-semibold text-danger' : undefined}>
            {formatInteger(device.pending, locale)}
          </span>
          {waitsOverADay(device) && (
            <Badge bg="warning" text="dark" className="ms-2">
              {t('syncDevices.overADay')}
            </Badge>
          )}
        </>
      ),
    },
    { header: t('syncDevices.refused'), numeric: true, cell: (device) => formatInteger(device.refused, locale) },
    {
      header: t('syncDevices.oldestPending'),
      cell: (device) => (device.oldestPendingAt ? formatDateTime(device.oldestPendingAt, locale) : '—'),
    },
    { header: t('syncDevices.reportedAt'), cell: (device) => instant(device.reportedAt) },
    { header: t('syncDevices.lastSyncedAt'), cell: (device) => instant(device.lastSyncedAt) },
  ];

  return (
    <QueryView query={devices}>
      {(data) => {
        const sorted = byPending(data);
        const pending = data.reduce((sum, device) => sum + device.pending, 0);
        const late = data.filter((device) => waitsOverADay(device)).length;
        return (
          <>
            <p className="text-body-secondary">
              {t('syncDevices.summary', { count: pending })}
              {late > 0 && <span className="text-danger"> {t('syncDevices.lateSummary', { count: late })}</span>}
            </p>
            <StackedTable
              items={sorted}
              columns={columns}
              rowKey={(device) => `${device.userId}/${device.deviceId}`}
              emptyMessage={t('syncDevices.empty')}
            />
          </>
        );
      }}
    </QueryView>
  );
}
