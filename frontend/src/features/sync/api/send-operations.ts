import type { SyncBatch } from '@/features/sync/types';
import { api, unwrap } from '@/lib/api-client';

/** A batch given up on after this long is sent again later, with the same keys (the server replays what it committed). */
export const SEND_TIMEOUT_MS = 60_000;

/** One batch of the queue, in order; the answer holds one result per operation, in the same order. */
export function sendOperations(batch: SyncBatch) {
  return unwrap(
    api.POST('/api/v1/sync/operations', { body: batch, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) }),
  );
}
