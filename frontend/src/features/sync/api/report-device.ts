import type { DeviceReport } from '@/features/sync/types';
import { api, unwrap } from '@/lib/api-client';

/** Tells the supervisors what this phone still holds unsynced. */
export function reportDevice(deviceId: string, report: DeviceReport) {
  return unwrap(api.PUT('/api/v1/sync/devices/{deviceId}', { params: { path: { deviceId } }, body: report }));
}
