import type { OfflineDb } from '@/features/sync/offline-db';
import type { WorkingDataAnswer } from '@/features/sync/types';

/** Keeps the server's latest working data for the user, with the time it arrived (« Données du … »). */
export async function storeWorkingData(db: OfflineDb, userId: string, answer: WorkingDataAnswer, now = new Date()) {
  await db.workingData.put({ ...answer, userId, refreshedAt: now.toISOString() });
}

/** The user's working data, or null when this phone has none yet (undefined is left to mean « not read yet »). */
export async function readWorkingData(db: OfflineDb, userId: string) {
  return (await db.workingData.get(userId)) ?? null;
}
