import { credentialsStore, type OfflineCredential } from '@/features/sync/offline-session/credentials-store';
import { createVerifier, matchesVerifier, PBKDF2_ITERATIONS } from '@/features/sync/offline-session/verifier';
import type { CurrentUser } from '@/lib/auth';

/** An offline session opens up to this many days after the user's last sign-in online on the phone. */
export const OFFLINE_VALIDITY_DAYS = 7;

/** Wrong passwords allowed before each further attempt waits. */
export const FREE_ATTEMPTS = 5;

const DAY_MS = 24 * 60 * 60_000;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * How long the next attempt waits after `failedAttempts` wrong passwords in a row: not at all for the first four, 30 s
 * after the fifth, twice as long after each further one, an hour at most. Kept with the credential, so a reload does
 * not start the count again.
 */
export function waitAfterFailures(failedAttempts: number) {
  if (failedAttempts < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failedAttempts - FREE_ATTEMPTS), LONGEST_WAIT_MS);
}

/** Too long since the last online sign-in: the user signs in online again (the profile and rights may have changed). */
export function isExpired(credential: Pick<OfflineCredential, 'signedInOnlineAt'>, now = Date.now()) {
  return now - Date.parse(credential.signedInOnlineAt) > OFFLINE_VALIDITY_DAYS * DAY_MS;
}

/** After a sign-in online with `password`: the phone keeps its verifier, not the password, with the profile. */
export async function rememberCredential(
  profile: CurrentUser,
  password: string,
  { now = new Date(), iterations = PBKDF2_ITERATIONS } = {},
) {
  const verifier = await createVerifier(password, iterations);
  await credentialsStore.replace({
    userId: profile.id,
    username: profile.username,
    ...verifier,
    profile,
    signedInOnlineAt: now.toISOString(),
    failedAttempts: 0,
    blockedUntil: null,
  });
}

export type PasswordCheck =
  | { outcome: 'right'; profile: CurrentUser }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'blocked'; until: number }
  | { outcome: 'expired'; signedInOnlineAt: string }
  | { outcome: 'unknown' };

/**
 * Checks a password against the verifier kept for `userId` (the offline sign-in, the lock screen): refused when the
 * credential has expired or while a wait runs; a wrong password counts, a right one clears the count.
 */
export async function checkPassword(userId: string, password: string, now = Date.now()): Promise<PasswordCheck> {
  const credential = await credentialsStore.get(userId);
  if (!credential) return { outcome: 'unknown' };
  if (isExpired(credential, now)) return { outcome: 'expired', signedInOnlineAt: credential.signedInOnlineAt };
  if (credential.blockedUntil !== null && now < credential.blockedUntil) {
    return { outcome: 'blocked', until: credential.blockedUntil };
  }
  if (await matchesVerifier(password, credential)) {
    await credentialsStore.update(userId, { failedAttempts: 0, blockedUntil: null });
    return { outcome: 'right', profile: credential.profile };
  }
  const failedAttempts = credential.failedAttempts + 1;
  const wait = waitAfterFailures(failedAttempts);
  await credentialsStore.update(userId, { failedAttempts, blockedUntil: wait > 0 ? now + wait : null });
  return wait > 0 ? { outcome: 'blocked', until: now + wait } : { outcome: 'wrong', attemptsLeft: FREE_ATTEMPTS - failedAttempts };
}
