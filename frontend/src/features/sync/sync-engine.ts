import type { OfflineDb, QueuedOperation } from '@/features/sync/offline-db';
import { countQueue } from '@/features/sync/queue';
import type { DeviceReport, SyncBatch, SyncOperation, SyncProblem, SyncResponse } from '@/features/sync/types';
import { ApiError } from '@/lib/api-error';

/** The contract takes up to 500; 100 keeps one request short on a slow link, and a cut costs at most 100 to resend. */
export const BATCH_SIZE = 100;
const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 5 * 60_000;

/** Why an attempt failed and will be made again (shown in words by the queue): never a reason to make a new key. */
export type RetryReason = 'network' | 'timeout' | 'server' | 'busy' | 'session';

export type SyncStatus = {
  running: boolean;
  lastError: RetryReason | null;
  nextRetryAt: string | null;
  lastSyncedAt: string | null;
};

type SyncEngineOptions = {
  db: OfflineDb;
  userId: string;
  deviceId: string;
  send: (batch: SyncBatch) => Promise<SyncResponse>;
  report: (deviceId: string, report: DeviceReport) => Promise<unknown>;
  isOnline?: () => boolean;
  /** After an attempt that synced operations: what to refresh (the caches of the accounts, loans, tontines). */
  onSynced?: (operations: QueuedOperation[]) => void;
  now?: () => Date;
};

/** What is sent of a queued operation: the contract's fields, nothing of the phone's own. */
function toWire(operation: QueuedOperation): SyncOperation {
  const { key, kind, targetId, recordedAt, amount, days, reference, client } = operation;
  return { key, kind, targetId, recordedAt, amount, days, reference, client };
}

/**
 * A failure after which the same batch is sent again, with the same keys: the network, a timeout, the server, a key
 * still being processed (409, e.g. the cut request is still running), a session to renew. Anything else (400, 422) is
 * the server judging the batch: its operations are refused with the reason, for the agent to resolve.
 */
function retryReason(error: unknown): RetryReason | null {
  if (!(error instanceof ApiError)) {
    return error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network';
  }
  if (error.status >= 500) return 'server';
  if (error.status === 409) return 'busy';
  if (error.status === 401 || error.status === 403 || error.status === 408 || error.status === 429) return 'session';
  return null;
}

function problemOf(error: ApiError): SyncProblem {
  return {
    status: error.status,
    title: error.title,
    detail: error.detail ?? error.message,
    code: error.code ?? '',
    errors: Object.keys(error.errors).length > 0 ? error.errors : null,
  };
}

/** Waits 5 s after the first failed attempt, doubling each time, at most 5 min (a phone at the edge of the network). */
export function retryDelayMs(failures: number) {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
}

/**
 * Sends the user's queue in its order, in batches, one attempt at a time, and records each operation's outcome.
 * See docs/offline.md « On the phone: recording, the queue and the sync ».
 */
export function createSyncEngine({
  db,
  userId,
  deviceId,
  send,
  report,
  isOnline = () => navigator.onLine,
  onSynced,
  now = () => new Date(),
}: SyncEngineOptions) {
  let status: SyncStatus = { running: false, lastError: null, nextRetryAt: null, lastSyncedAt: null };
  const listeners = new Set<() => void>();
  let inFlight: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReport: string | null = null;
  let stopped = false;

  function setStatus(changes: Partial<SyncStatus>) {
    status = { ...status, ...changes };
    listeners.forEach((listener) => listener());
  }

  const pendingInOrder = () => db.queue.where('[userId+state]').equals([userId, 'Pending']).sortBy('seq');

  async function backToPending(batch: QueuedOperation[], reason: RetryReason) {
    await db.queue
      .where('seq')
      .anyOf(batch.map((op) => op.seq!))
      .modify((row) => {
        row.state = 'Pending';
        row.attempts += 1;
        row.lastError = reason;
      });
  }

  /** Records each result on its operation (found by key); an operation the answer does not mention goes back. */
  async function applyResults(batch: QueuedOperation[], response: SyncResponse) {
    const results = new Map(response.results.map((result) => [result.key, result]));
    const syncedAt = now().toISOString();
    const synced: QueuedOperation[] = [];
    const unanswered: QueuedOperation[] = [];
    await db.transaction('rw', db.queue, async () => {
      for (const op of batch) {
        const result = results.get(op.key);
        if (!result) {
          unanswered.push(op);
          continue;
        }
        const changes: Partial<QueuedOperation> =
          result.status === 'Synced'
            ? {
                state: 'Synced',
                receipt: result.receipt ?? null,
                valueDate: result.valueDate ?? null,
                problem: null,
                lastError: null,
                syncedAt,
              }
            : { state: 'Refused', problem: result.problem ?? null, receipt: null, lastError: null };
        await db.queue.update(op.seq, changes);
        if (result.status === 'Synced') synced.push({ ...op, ...changes });
      }
    });
    if (unanswered.length > 0) await backToPending(unanswered, 'server');
    return { synced, complete: unanswered.length === 0 };
  }

  async function refuseBatch(batch: QueuedOperation[], problem: SyncProblem) {
    await db.transaction('rw', db.queue, () =>
      Promise.all(batch.map((op) => db.queue.update(op.seq, { state: 'Refused', problem, lastError: null }))),
    );
  }

  /** Tells the server what this phone still holds, when it changed since the last report (best effort). */
  async function reportStatus() {
    if (!isOnline()) return;
    const counts = await countQueue(db, userId);
    const body: DeviceReport = { pending: counts.pending, refused: counts.refused, oldestPendingAt: counts.oldestPendingAt };
    const text = JSON.stringify(body);
    if (text === lastReport) return;
    try {
      await report(deviceId, body);
      lastReport = text;
    } catch {
      // Reported again after the next attempt.
    }
  }

  function scheduleRetry() {
    clearTimeout(retryTimer);
    if (stopped) return;
    const delay = retryDelayMs(failures);
    setStatus({ nextRetryAt: new Date(now().getTime() + delay).toISOString() });
    retryTimer = setTimeout(() => void sync(), delay);
  }

  async function attempt() {
    // Under the lock nothing else sends: an operation left Syncing (a tab closed mid-way) goes back, with its key.
    await db.queue.where('[userId+state]').equals([userId, 'Syncing']).modify({ state: 'Pending' });
    const synced: QueuedOperation[] = [];
    let failed: RetryReason | null = null;
    while (isOnline() && !stopped) {
      const batch = (await pendingInOrder()).slice(0, BATCH_SIZE);
      if (batch.length === 0) break;
      await db.queue.bulkUpdate(batch.map((op) => ({ key: op.seq!, changes: { state: 'Syncing' as const } })));
      try {
        const outcome = await applyResults(batch, await send({ deviceId, operations: batch.map(toWire) }));
        synced.push(...outcome.synced);
        if (!outcome.complete) {
          failed = 'server';
          break;
        }
      } catch (error) {
        const reason = retryReason(error);
        if (reason === null && error instanceof ApiError) {
          await refuseBatch(batch, problemOf(error));
          continue;
        }
        await backToPending(batch, reason ?? 'network');
        failed = reason ?? 'network';
        break;
      }
    }
    if (failed) {
      failures += 1;
      scheduleRetry();
    } else {
      failures = 0;
      clearTimeout(retryTimer);
    }
    setStatus({
      lastError: failed,
      nextRetryAt: failed ? status.nextRetryAt : null,
      lastSyncedAt: synced.length > 0 ? now().toISOString() : status.lastSyncedAt,
    });
    await reportStatus();
    if (synced.length > 0) onSynced?.(synced);
    return failed === null;
  }

  /** One sync at a time in this tab; with the Web Locks API, in every tab of this browser too. */
  async function locked(work: () => Promise<boolean>) {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return work();
    // Another tab holding the lock is sending this queue now: nothing to do here.
    const done = await locks.request(`microfinance-sync:${userId}`, { ifAvailable: true }, (lock) =>
      lock ? work() : true,
    );
    return done;
  }

  /**
   * Sends what waits. A call while an attempt runs does not send twice: it asks for one more attempt after it, for the
   * operations recorded meanwhile. Resolves once the queue has been tried.
   */
  function sync(): Promise<void> {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    setStatus({ running: true });
    inFlight = (async () => {
      try {
        let succeeded: boolean;
        do {
          again = false;
          succeeded = await locked(attempt);
        } while (again && succeeded && !stopped);
      } finally {
        inFlight = null;
        setStatus({ running: false });
      }
    })();
    return inFlight;
  }

  return {
    sync,
    /** Reports the queue's state (after the agent changed it by hand, e.g. deleted a refused operation). */
    reportStatus,
    getStatus: () => status,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
