import { liveQuery } from 'dexie';

import { getWorkingData } from '@/features/sync/api/get-working-data';
import { reportDevice } from '@/features/sync/api/report-device';
import { sendOperations } from '@/features/sync/api/send-operations';
import { getDeviceId } from '@/features/sync/device-id';
import { offlineDb, type QueuedOperation } from '@/features/sync/offline-db';
import { countQueue, type QueueCounts } from '@/features/sync/queue';
import { createSyncEngine } from '@/features/sync/sync-engine';
import { storeWorkingData } from '@/features/sync/working-data';

type StartOptions = { userId: string; onSynced: (operations: QueuedOperation[]) => void };

/**
 * The sync of a signed-in user's queue, with its triggers: at start, when the network returns (and the engine's own
 * retries); the working data is refreshed then too, and after operations synced. Loaded on demand, so that IndexedDB's
 * library stays out of the first screen's JavaScript.
 */
export function startSyncRuntime({ userId, onSynced }: StartOptions) {
  const refreshWorkingData = async () => storeWorkingData(offlineDb, userId, await getWorkingData());
  const refreshQuietly = () => void refreshWorkingData().catch(() => undefined);
  const engine = createSyncEngine({
    db: offlineDb,
    userId,
    deviceId: getDeviceId(),
    send: sendOperations,
    report: reportDevice,
    onSynced: (operations) => {
      refreshQuietly();
      onSynced(operations);
    },
  });
  const whenOnline = () => {
    void engine.sync();
    refreshQuietly();
  };
  window.addEventListener('online', whenOnline);
  if (navigator.onLine) whenOnline();

  return {
    engine,
    refreshWorkingData,
    watchCounts(listener: (counts: QueueCounts) => void) {
      const subscription = liveQuery(() => countQueue(offlineDb, userId)).subscribe({ next: listener });
      return () => subscription.unsubscribe();
    },
    stop() {
      window.removeEventListener('online', whenOnline);
      engine.stop();
    },
  };
}

export type SyncRuntime = ReturnType<typeof startSyncRuntime>;
