import type { OfflineDb, OperationSummary, QueuedOperation } from '@/features/sync/offline-db';
import type { SyncOperation } from '@/features/sync/types';

/** What the agent recorded: the operation's content, before it gets its time, number and state. */
export type RecordedOperation = Pick<SyncOperation, 'kind' | 'targetId' | 'amount' | 'days' | 'reference' | 'client'> & {
  summary: OperationSummary;
};

/** « P-20261205-0042 »: the day it was recorded and its place in this phone's queue, until the final receipt. */
export function provisionalNumber(recordedAt: Date, seq: number) {
  const day = [recordedAt.getFullYear(), recordedAt.getMonth() + 1, recordedAt.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('');
  return `P-${day}-${String(seq).padStart(4, '0')}`;
}

/**
 * Stores a confirmed operation at the end of the user's queue, with the key made when the agent confirmed it (kept for
 * every retry) and the phone's clock. The key is unique in the table, so a second confirmation cannot queue it twice.
 */
export function enqueue(db: OfflineDb, userId: string, operation: RecordedOperation, key: string, now = new Date()) {
  return db.transaction('rw', db.queue, async () => {
    const row: QueuedOperation = {
      key,
      kind: operation.kind,
      targetId: operation.targetId,
      recordedAt: now.toISOString(),
      amount: operation.amount,
      days: operation.days,
      reference: operation.reference,
      client: operation.client ?? null,
      userId,
      state: 'Pending',
      attempts: 0,
      lastError: null,
      provisionalNumber: '',
      receipt: null,
      problem: null,
      valueDate: null,
      syncedAt: null,
      summary: operation.summary,
    };
    // The table numbers it (auto-increment): the place in the queue, kept across reloads.
    const seq = (await db.queue.add(row))!;
    const number = provisionalNumber(now, seq);
    await db.queue.update(seq, { provisionalNumber: number });
    return { ...row, seq, provisionalNumber: number };
  });
}

/**
 * A refused operation corrected by the agent: a new operation with a new key, at the end of the queue; the refused one
 * leaves the queue in the same transaction, so that neither both nor none remain.
 */
export function replaceRefused(
  db: OfflineDb,
  refused: QueuedOperation,
  corrected: RecordedOperation,
  key: string,
  now = new Date(),
) {
  return db.transaction('rw', db.queue, async () => {
    await removeRefused(db, refused);
    return enqueue(db, refused.userId, corrected, key, now);
  });
}

/** Only a refused operation may be deleted (one the agent chose to drop): the others are on their way or done. */
export async function removeRefused(db: OfflineDb, operation: QueuedOperation) {
  const current = operation.seq === undefined ? undefined : await db.queue.get(operation.seq);
  if (current?.state !== 'Refused') throw new Error('Only a refused operation leaves the queue by hand.');
  await db.queue.delete(current.seq);
}

/** The synced operations, once the agent has their final receipts: they stay on the server. */
export function clearSynced(db: OfflineDb, userId: string) {
  return db.queue.where('[userId+state]').equals([userId, 'Synced']).delete();
}

/** The user's queue in its order (the order it is sent in). */
export function listQueue(db: OfflineDb, userId: string) {
  return db.queue.where('userId').equals(userId).sortBy('seq');
}

export type QueueCounts = { pending: number; refused: number; synced: number; oldestPendingAt: string | null };

/** What waits (pending or on its way), what was refused, what is done; and since when the oldest waits. */
export async function countQueue(db: OfflineDb, userId: string): Promise<QueueCounts> {
  const operations = await listQueue(db, userId);
  const waiting = operations.filter((op) => op.state === 'Pending' || op.state === 'Syncing');
  return {
    pending: waiting.length,
    refused: operations.filter((op) => op.state === 'Refused').length,
    synced: operations.filter((op) => op.state === 'Synced').length,
    oldestPendingAt: waiting.reduce<string | null>(
      (oldest, op) => (!oldest || op.recordedAt < oldest ? op.recordedAt : oldest),
      null,
    ),
  };
}
