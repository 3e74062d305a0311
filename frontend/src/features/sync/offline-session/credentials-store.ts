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

/*
 * One credential a phone, in localStorage beside the refresh token: the same origin-bound storage as IndexedDB, and
 * read at start-up without loading IndexedDB's library, which stays out of the first screen's JavaScript.
 */
export const OFFLINE_CREDENTIAL_KEY = 'microfinance.offlineCredential';

function read(): OfflineCredential | undefined {
  const stored = localStorage.getItem(OFFLINE_CREDENTIAL_KEY);
  return stored ? (JSON.parse(stored) as OfflineCredential) : undefined;
}

function ofUser(userId: string) {
  const credential = read();
  return credential?.userId === userId ? credential : undefined;
}

function write(credential: OfflineCredential) {
  localStorage.setItem(OFFLINE_CREDENTIAL_KEY, JSON.stringify(credential));
}

/** Promises, as an asynchronous store's: the callers do not depend on where the credential is kept. */
export const credentialsStore = {
  /** The credential of the user who last signed in online on this phone (the only one kept). */
  current: () => Promise.resolve(read()),
  get: (userId: string) => Promise.resolve(ofUser(userId)),
  /** One user a phone: a new online sign-in replaces whoever signed in before. */
  replace: (credential: OfflineCredential) => Promise.resolve(write(credential)),
  update: (userId: string, changes: Partial<Omit<OfflineCredential, 'userId'>>) => {
    const credential = ofUser(userId);
    if (credential) write({ ...credential, ...changes });
    return Promise.resolve();
  },
  delete: (userId: string) => {
    if (ofUser(userId)) localStorage.removeItem(OFFLINE_CREDENTIAL_KEY);
    return Promise.resolve();
  },
};

/** Registered by src/app with `onSignOut`: after a sign-out the phone cannot be opened offline by that user. */
export function forgetCredentialOnSignOut(userId: string) {
  return credentialsStore.delete(userId);
}
