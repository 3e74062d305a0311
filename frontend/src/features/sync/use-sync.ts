import { createContext, useContext } from 'react';

import type { QueueCounts } from '@/features/sync/queue';
import type { SyncStatus } from '@/features/sync/sync-engine';

export type SyncContextValue = {
  /** False until the sync's code has loaded. */
  ready: boolean;
  status: SyncStatus;
  counts: QueueCounts | null;
  syncNow: () => Promise<void>;
  refreshWorkingData: () => Promise<void>;
  /** After the agent changed the queue by hand (a refused operation deleted). */
  reportStatus: () => Promise<void>;
};

export const SyncContext = createContext<SyncContextValue | null>(null);

/** The sync of the signed-in user's queue; null for a role that does not collect (no provider). */
export function useSync() {
  return useContext(SyncContext);
}
