import { syncApi } from '@/features/sync/api/sync-client';
import type { SyncBatch } from '@/features/sync/types';
import { unwrap } from '@/lib/api-client';

/** A batch given up on after this long is sent again later, with the same keys (the server replays what it committed). */
export const SEND_TIMEOUT_MS = 60_000;

/** One batch of the queue, in order; the answer holds one result per operation, in the same order. */
export function sendOperations(batch: SyncBatch) {
  return unwrap(
    syncApi.POST('/api/v1/sync/operations', { body: batch, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) }),
  );
}
