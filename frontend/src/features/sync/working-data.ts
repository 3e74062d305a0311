import type { OfflineDb } from '@/features/sync/offline-db';
import type { WorkingDataAnswer } from '@/features/sync/types';

/** Keeps the server's latest working data for the user, with the time it arrived (« Données du … »). */
export async function storeWorkingData(db: OfflineDb, userId: string, answer: WorkingDataAnswer, now = new Date()) {
  await db.workingData.put({ ...answer, userId, refreshedAt: now.toISOString() });
}

export function readWorkingData(db: OfflineDb, userId: string) {
  return db.workingData.get(userId);
}
