import type { Dexie, EntityTable } from 'dexie';

import type { CurrentUser } from '@/lib/auth';

/**
 * What the phone keeps to open an offline session (docs/security.md, « Offline sessions on a phone »): never the
 * password, but a PBKDF2-SHA-256 verifier of it with its salt and iteration count, the profile the pages need, and the
 * failed attempts that make the next one wait.
 */
export type OfflineCredential = {
  userId: string;
  username: string;
  /** Base64 of the 16 random bytes salted into the verifier. */
  salt: string;
  iterations: number;
  /** Base64 of the 32 bytes PBKDF2 derived from the password. */
  verifier: string;
  /** /auth/me as it was at the sign-in: name, roles, institution, branch, currency. */
  profile: CurrentUser;
  /** ISO instant of the last sign-in with the password online: offline sessions open for 7 days after it. */
  signedInOnlineAt: string;
  failedAttempts: number;
  /** Ms since the epoch before which no password is checked (after too many wrong ones), or null. */
  blockedUntil: number | null;
};

type CredentialsDb = Dexie & { credentials: EntityTable<OfflineCredential, 'userId'> };

let opening: Promise<CredentialsDb> | null = null;

/*
 * Its own database for now; the queue's `microfinance-offline` (features/sync/offline-db.ts) declares the same
 * `credentials` table, and the two may be folded into one. Dexie loads on first use, out of the first screen's bundle.
 */
function database() {
  opening ??= import('dexie').then(({ Dexie }) => {
    const db = new Dexie('microfinance-offline-session') as CredentialsDb;
    db.version(1).stores({ credentials: 'userId' });
    return db;
  });
  return opening;
}

export const credentialsStore = {
  /** The credential of the user who last signed in online on this phone (the only one kept). */
  current: async () => (await database()).credentials.toCollection().first(),
  get: async (userId: string) => (await database()).credentials.get(userId),
  /** One user a phone: a new online sign-in replaces whoever signed in before. */
  replace: async (credential: OfflineCredential) => {
    const db = await database();
    await db.transaction('rw', db.credentials, async () => {
      await db.credentials.clear();
      await db.credentials.put(credential);
    });
  },
  update: async (userId: string, changes: Partial<Omit<OfflineCredential, 'userId'>>) =>
    (await database()).credentials.update(userId, changes),
  delete: async (userId: string) => (await database()).credentials.delete(userId),
};

/** Registered by src/app with `onSignOut`: after a sign-out the phone cannot be opened offline by that user. */
export function forgetCredentialOnSignOut(userId: string) {
  return credentialsStore.delete(userId);
}
