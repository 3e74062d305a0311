import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { reportDevice } from '@/features/sync/api/report-device';
import { sendOperations } from '@/features/sync/api/send-operations';
import { createOfflineDb, type OfflineDb } from '@/features/sync/offline-db';
import { enqueue, listQueue, removeRefused, replaceRefused, type RecordedOperation } from '@/features/sync/queue';
import { BATCH_SIZE, createSyncEngine, retryDelayMs } from '@/features/sync/sync-engine';
import type { SyncBatch, SyncOperation, SyncResult } from '@/features/sync/types';
import { fakeApi, jsonResponse } from '@/testing/test-utils';

const USER = 'agent-1';
const DEVICE = 'd-test';

const deposit = (amount: number, targetId = 'acc-1'): RecordedOperation => ({
  kind: 'Deposit',
  targetId,
  amount,
  days: null,
  reference: null,
  summary: {
    clientId: 'c1',
    clientName: 'Afi Dossou',
    clientNumber: 'CL-1',
    targetLabel: 'CPT-1',
    total: amount,
    currency: 'XOF',
    recordedBy: 'Awa Diallo',
  },
});

/**
 * A server as the contract describes it: each key processed once (a second time it replays the first receipt), an
 * operation on a closed account refused and not remembered. `movements` counts what moved money.
 */
function fakeServer() {
  const committed = new Map<string, SyncResult>();
  const closedAccounts = new Set<string>();
  const batches: SyncBatch[] = [];
  let movements = 0;
  const process = (op: SyncOperation): SyncResult => {
    const first = committed.get(op.key);
    if (first) return { ...first, replayed: true };
    if (closedAccounts.has(op.targetId!)) {
      return {
        key: op.key,
        status: 'Refused',
        replayed: false,
        valueDate: null,
        receipt: null,
        problem: { status: 422, title: 'Compte inactif', detail: 'Le compte est clôturé.', code: 'account_not_active' },
      };
    }
    movements += 1;
    const result: SyncResult = {
      key: op.key,
      status: 'Synced',
      replayed: false,
      valueDate: op.recordedAt.slice(0, 10),
      receipt: { id: `tx-${movements}`, amount: op.amount } as SyncResult['receipt'],
      problem: null,
    };
    committed.set(op.key, result);
    return result;
  };
  return {
    closedAccounts,
    batches,
    movements: () => movements,
    /** Processes the batch; `cut` drops the answer on the way back, after the server committed. */
    async handle(request: Request, cut = false) {
      const batch = (await request.json()) as SyncBatch;
      batches.push(batch);
      const results = batch.operations.map(process);
      if (cut) throw new TypeError('Failed to fetch');
      return jsonResponse(200, { results });
    },
  };
}

describe('the sync engine', () => {
  let db: OfflineDb;
  let online: boolean;

  beforeEach(() => {
    db = createOfflineDb(`test-${crypto.randomUUID()}`);
    online = true;
  });

  afterEach(async () => {
    vi.useRealTimers();
    db.close();
    await db.delete();
  });

  const engineFor = (onSynced = vi.fn()) =>
    createSyncEngine({ db, userId: USER, deviceId: DEVICE, send: sendOperations, report: reportDevice, isOnline: () => online, onSynced });

  function serve(server: ReturnType<typeof fakeServer>, cutCalls: readonly number[] = []) {
    let call = 0;
    return fakeApi(async (path, request) => {
      if (path === '/api/v1/sync/operations') return server.handle(request, cutCalls.includes(++call));
      if (path === `/api/v1/sync/devices/${DEVICE}`) return new Response(null, { status: 204 });
      return jsonResponse(404, {});
    });
  }

  it('keeps the order of the queue across a reload of the database, and sends in that order in batches of 100', async () => {
    const keys: string[] = [];
    for (let i = 1; i <= BATCH_SIZE + 5; i++) {
      const key = `k-${String(1000 - i)}`; // keys that sort the other way round: the order is the queue's, not theirs
      keys.push(key);
      await enqueue(db, USER, deposit(100 * i), key);
    }
    const name = db.name;
    db.close();
    db = createOfflineDb(name);
    expect((await listQueue(db, USER)).map((op) => op.key)).toEqual(keys);

    const server = fakeServer();
    serve(server);
    await engineFor().sync();

    expect(server.batches.map((batch) => batch.operations.length)).toEqual([BATCH_SIZE, 5]);
    expect(server.batches.flatMap((batch) => batch.operations.map((op) => op.key))).toEqual(keys);
    expect(server.batches.every((batch) => batch.deviceId === DEVICE)).toBe(true);
    expect((await listQueue(db, USER)).every((op) => op.state === 'Synced' && op.receipt !== null)).toBe(true);
  });

  it('gives each operation a provisional number, its time and the key made when the agent confirmed', async () => {
    const queued = await enqueue(db, USER, deposit(5_000), 'key-1', new Date(2026, 11, 5, 9, 14));
    expect(queued).toMatchObject({ key: 'key-1', state: 'Pending', attempts: 0, provisionalNumber: `P-20261205-${String(queued.seq).padStart(4, '0')}` });
    await expect(enqueue(db, USER, deposit(5_000), 'key-1')).rejects.toThrow();
    expect(await listQueue(db, USER)).toHaveLength(1);
  });

  it('after a network failure puts the batch back as pending, retries later with the same keys, and syncs it once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await enqueue(db, USER, deposit(1_000), 'a');
    await enqueue(db, USER, deposit(2_000), 'b');
    const server = fakeServer();
    let down = true;
    const api = fakeApi(async (path, request) => {
      if (down) throw new TypeError('Failed to fetch');
      if (path === '/api/v1/sync/operations') return server.handle(request);
      return new Response(null, { status: 204 });
    });
    const engine = engineFor();

    await engine.sync();
    let queue = await listQueue(db, USER);
    expect(queue.map((op) => [op.key, op.state, op.attempts, op.lastError])).toEqual([
      ['a', 'Pending', 1, 'network'],
      ['b', 'Pending', 1, 'network'],
    ]);
    expect(engine.getStatus()).toMatchObject({ lastError: 'network', running: false });
    expect(engine.getStatus().nextRetryAt).not.toBeNull();

    down = false;
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    await vi.waitFor(async () => expect((await listQueue(db, USER)).every((op) => op.state === 'Synced')).toBe(true));
    queue = await listQueue(db, USER);
    expect(queue.map((op) => op.key)).toEqual(['a', 'b']);
    expect(server.batches.flatMap((batch) => batch.operations.map((op) => op.key))).toEqual(['a', 'b']);
    expect(server.movements()).toBe(2);
    expect(api.requestsTo('POST', '/api/v1/sync/operations')).toHaveLength(2);
  });

  it('resends a batch whose answer was cut after the server processed it with the same keys: applied once, ends synced', async () => {
    await enqueue(db, USER, deposit(1_000), 'a');
    await enqueue(db, USER, deposit(2_000), 'b');
    const server = fakeServer();
    serve(server, [1]);
    const engine = engineFor();

    await engine.sync();
    expect((await listQueue(db, USER)).map((op) => op.state)).toEqual(['Pending', 'Pending']);
    expect(server.movements()).toBe(2);

    await engine.sync();
    const queue = await listQueue(db, USER);
    expect(queue.map((op) => [op.key, op.state])).toEqual([
      ['a', 'Synced'],
      ['b', 'Synced'],
    ]);
    expect(server.batches[1].operations.map((op) => op.key)).toEqual(['a', 'b']);
    expect(server.batches[1].operations).toEqual(server.batches[0].operations);
    expect(server.movements()).toBe(2);
    expect(queue.map((op) => (op.receipt as { id: string }).id)).toEqual(['tx-1', 'tx-2']);
  });

  it('retries on 5xx and on 409 idempotency_key_in_use, and refuses nothing for them', async () => {
    await enqueue(db, USER, deposit(1_000), 'a');
    const answers = [
      jsonResponse(503, { title: 'Indisponible', status: 503 }),
      jsonResponse(409, { title: 'En cours', status: 409, code: 'idempotency_key_in_use' }),
    ];
    fakeApi((path) =>
      path === '/api/v1/sync/operations' ? answers.shift()! : new Response(null, { status: 204 }),
    );
    const engine = engineFor();

    await engine.sync();
    expect(await listQueue(db, USER)).toMatchObject([{ state: 'Pending', attempts: 1, lastError: 'server' }]);
    await engine.sync();
    expect(await listQueue(db, USER)).toMatchObject([{ state: 'Pending', attempts: 2, lastError: 'busy', key: 'a' }]);
    engine.stop();
  });

  it('keeps a refused operation with its reason, goes on with the next, and never sends it again by itself', async () => {
    await enqueue(db, USER, deposit(1_000, 'closed'), 'a');
    await enqueue(db, USER, deposit(2_000), 'b');
    const server = fakeServer();
    server.closedAccounts.add('closed');
    serve(server);
    const engine = engineFor();

    await engine.sync();
    await engine.sync();
    const queue = await listQueue(db, USER);
    expect(queue.map((op) => op.state)).toEqual(['Refused', 'Synced']);
    expect(queue[0].problem).toMatchObject({ code: 'account_not_active', detail: 'Le compte est clôturé.' });
    expect(server.batches).toHaveLength(1);
  });

  it('corrects a refused operation as a new one with a new key, and deletes one only when refused', async () => {
    await enqueue(db, USER, deposit(1_000, 'closed'), 'a');
    await enqueue(db, USER, deposit(2_000), 'b');
    const server = fakeServer();
    server.closedAccounts.add('closed');
    serve(server);
    await engineFor().sync();
    const [refused, synced] = await listQueue(db, USER);

    await expect(removeRefused(db, synced)).rejects.toThrow();
    const corrected = await replaceRefused(db, refused, deposit(1_000, 'acc-2'), 'c');
    expect(corrected).toMatchObject({ key: 'c', state: 'Pending', targetId: 'acc-2' });
    expect((await listQueue(db, USER)).map((op) => op.key)).toEqual(['b', 'c']);

    await engineFor().sync();
    expect((await listQueue(db, USER)).map((op) => [op.key, op.state])).toEqual([
      ['b', 'Synced'],
      ['c', 'Synced'],
    ]);
  });

  it('sends once when syncs are asked for at the same time, then sends what was recorded meanwhile', async () => {
    await enqueue(db, USER, deposit(1_000), 'a');
    const server = fakeServer();
    const api = serve(server);
    const engine = engineFor();

    await Promise.all([engine.sync(), engine.sync(), engine.sync()]);
    expect(api.requestsTo('POST', '/api/v1/sync/operations')).toHaveLength(1);

    const first = engine.sync();
    await enqueue(db, USER, deposit(2_000), 'b');
    const second = engine.sync();
    await Promise.all([first, second]);
    expect(server.batches.map((batch) => batch.operations.map((op) => op.key))).toEqual([['a'], ['b']]);
    expect(server.movements()).toBe(2);
  });

  it('puts back an operation left syncing by a closed tab, and sends it with its key', async () => {
    const queued = await enqueue(db, USER, deposit(1_000), 'a');
    await db.queue.update(queued.seq, { state: 'Syncing' });
    const server = fakeServer();
    serve(server);

    await engineFor().sync();
    expect(await listQueue(db, USER)).toMatchObject([{ key: 'a', state: 'Synced' }]);
  });

  it('reports the phone’s unsynced count after an attempt, and calls back with what synced', async () => {
    await enqueue(db, USER, deposit(1_000, 'closed'), 'a');
    const second = await enqueue(db, USER, deposit(2_000), 'b');
    const server = fakeServer();
    server.closedAccounts.add('closed');
    const api = serve(server);
    const onSynced = vi.fn();

    await engineFor(onSynced).sync();
    const reports = api.requestsTo('PUT', `/api/v1/sync/devices/${DEVICE}`);
    expect(reports).toHaveLength(1);
    expect(await reports[0].json()).toEqual({ pending: 0, refused: 1, oldestPendingAt: null });
    expect(onSynced).toHaveBeenCalledWith([expect.objectContaining({ key: 'b', seq: second.seq, state: 'Synced' })]);
  });

  it('sends nothing while offline, and reports the waiting operations once back online', async () => {
    const queued = await enqueue(db, USER, deposit(1_000), 'a');
    const server = fakeServer();
    const api = serve(server);
    online = false;
    const engine = engineFor();

    await engine.sync();
    expect(api.fetch).not.toHaveBeenCalled();
    expect(await listQueue(db, USER)).toMatchObject([{ state: 'Pending', attempts: 0 }]);

    api.fetch.mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')));
    online = true;
    await engine.sync();
    const reports = api.requestsTo('PUT', `/api/v1/sync/devices/${DEVICE}`);
    expect(await reports[0].json()).toEqual({ pending: 1, refused: 0, oldestPendingAt: queued.recordedAt });
    engine.stop();
  });
});
