import { Dexie, type EntityTable } from 'dexie';

import type { SyncOperation, SyncProblem, SyncReceipt, WorkingDataAnswer } from '@/features/sync/types';

/** The agent's working data, one row per user: the last answer of the working-data endpoint and when it came. */
export type WorkingDataRow = WorkingDataAnswer & { userId: string; refreshedAt: string };

/** Pending → Syncing → Synced, or → Refused (kept until the agent deletes or corrects it). */
export const QUEUE_STATES = ['Pending', 'Syncing', 'Synced', 'Refused'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** What the phone shows of an operation without the network: whom and what it was for, as the agent chose them. */
export type OperationSummary = {
  clientId: string;
  clientName: string;
  clientNumber: string;
  /** The account's or loan's number, or the tontine's name. */
  targetLabel: string;
  /** The money the client hands over (a contribution by days: days × daily amount). */
  total: number;
  currency: string;
  recordedBy: string;
};

/** One operation of the queue: what is sent (the contract's operation), its order (`seq`), its state and outcome. */
export type QueuedOperation = SyncOperation & {
  seq?: number;
  userId: string;
  state: QueueState;
  attempts: number;
  lastError: string | null;
  provisionalNumber: string;
  receipt: SyncReceipt | null;
  problem: SyncProblem | null;
  valueDate: string | null;
  syncedAt: string | null;
  summary: OperationSummary;
};

export type OfflineDb = Dexie & {
  workingData: EntityTable<WorkingDataRow, 'userId'>;
  queue: EntityTable<QueuedOperation, 'seq'>;
};

export const OFFLINE_DB_NAME = 'microfinance-offline';

/** Opens the phone's database; `seq` auto-increments, so the queue's order survives reloads. */
export function createOfflineDb(name = OFFLINE_DB_NAME): OfflineDb {
  const db = new Dexie(name) as OfflineDb;
  db.version(1).stores({
    workingData: 'userId',
    queue: '++seq, &key, userId, [userId+state]',
  });
  return db;
}

export const offlineDb = createOfflineDb();
