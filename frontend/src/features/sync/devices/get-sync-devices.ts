import { queryOptions, useQuery } from '@tanstack/react-query';

import type { SyncDeviceStatus } from '@/features/sync/types';
import { api, unwrap } from '@/lib/api-client';

/** A supervisor watches the counts come down as agents sync at the branch. */
const REFRESH_EVERY_MS = 60_000;

const DAY_MS = 24 * 60 * 60_000;

/** Operations waiting longer than a day on a phone: the agent should come and sync. */
export function waitsOverADay(device: SyncDeviceStatus, now = Date.now()) {
  return device.pending > 0 && device.oldestPendingAt != null && now - Date.parse(device.oldestPendingAt) > DAY_MS;
}

/** Most pending first, and the longest waiting first among equals. */
export function byPending(devices: readonly SyncDeviceStatus[]) {
  const oldest = (device: SyncDeviceStatus) => (device.oldestPendingAt ? Date.parse(device.oldestPendingAt) : Infinity);
  return [...devices].sort((a, b) => b.pending - a.pending || oldest(a) - oldest(b));
}

export function syncDevicesQueryOptions() {
  return queryOptions({
    queryKey: ['sync', 'devices'],
    queryFn: () => unwrap(api.GET('/api/v1/sync/devices')),
    refetchInterval: REFRESH_EVERY_MS,
  });
}

/** Each agent's phones with their unsynced operations (a supervisor: their branch; an SfdAdmin: all). */
export function useSyncDevices() {
  return useQuery(syncDevicesQueryOptions());
}
