/*
 * The password typed at the last online sign-in, kept in memory until the session's profile is loaded, so that the
 * offline-session feature can derive its verifier (features/sync/offline-session). The second factor or the enrolment
 * may come between the two: the password waits for them, but no longer than a challenge lives.
 */
const KEEP_FOR_MS = 15 * 60_000;

let pending: { password: string; typedAt: number } | null = null;

export const signInPassword = {
  remember: (password: string) => {
    pending = { password, typedAt: Date.now() };
  },
  /** The password of the sign-in that just succeeded, or null (none typed, or typed too long ago). */
  peek: () => (pending && Date.now() - pending.typedAt <= KEEP_FOR_MS ? pending.password : null),
  forget: () => {
    pending = null;
  },
};
