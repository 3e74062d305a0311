import type { CurrentUser } from '@/lib/auth';

/*
 * The offline session: opened on a phone without network by the password of the user who last signed in online there,
 * checked against the verifier kept on the phone (features/sync/offline-session, docs/offline.md). It holds the profile
 * cached at that sign-in and no token: the API cannot be called, only the pages that work from the phone's own data.
 * In memory only, so that a reload asks for the password again.
 */
let profile: CurrentUser | null = null;
const listeners = new Set<() => void>();

function notify() {
  listeners.forEach((listener) => listener());
}

export const offlineSessionStore = {
  /** The cached profile of the offline session, or null when there is none (online, or signed out). */
  getProfile: () => profile,
  isOpen: () => profile !== null,
  open: (cached: CurrentUser) => {
    profile = cached;
    notify();
  },
  close: () => {
    if (profile === null) return;
    profile = null;
    notify();
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
