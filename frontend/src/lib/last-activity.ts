/*
 * When the user last touched the application, kept in localStorage so that the inactivity lock holds across a reload:
 * a phone picked up after the delay, its tab reloaded, opens locked (features/sync/offline-session).
 */
export const LAST_ACTIVITY_KEY = 'microfinance.lastActivityAt';

export const lastActivity = {
  /** The instant of the last interaction (ms since the epoch), or null when none was recorded. */
  get: (): number | null => {
    const stored = Number(localStorage.getItem(LAST_ACTIVITY_KEY));
    return Number.isFinite(stored) && stored > 0 ? stored : null;
  },
  mark: (at = Date.now()) => localStorage.setItem(LAST_ACTIVITY_KEY, String(at)),
  clear: () => localStorage.removeItem(LAST_ACTIVITY_KEY),
};
