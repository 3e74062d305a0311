import { lastActivity } from '@/lib/last-activity';

/** The application locks after this long without a touch, a key or a scroll (online or offline session). */
export const LOCK_AFTER_MS = 10 * 60_000;

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** Writing to localStorage on every scroll event would be wasteful: the stored instant may lag this much. */
const STORE_EVERY_MS = 5_000;

/** Whether the last recorded interaction is older than the delay (a reload of a phone left alone opens locked). */
export function idleTooLong(now = Date.now(), idleMs = LOCK_AFTER_MS) {
  const last = lastActivity.get();
  return last !== null && now - last >= idleMs;
}

/**
 * Calls `onIdle` once nothing has been touched for `idleMs`; returns the way to stop watching. A phone asleep freezes
 * timers, so the delay is measured on the clock, checked again when the page shows; another tab's activity counts too
 * (the instant is shared through localStorage).
 */
export function watchInactivity(onIdle: () => void, idleMs = LOCK_AFTER_MS) {
  // A reload is no interaction: the delay runs on from the last one recorded.
  let last = lastActivity.get() ?? Date.now();
  let storedAt = last;
  lastActivity.mark(last);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    clearTimeout(timer);
    last = Math.max(last, lastActivity.get() ?? 0);
    const left = last + idleMs - Date.now();
    if (left <= 0) onIdle();
    else timer = setTimeout(check, left);
  };
  const onActivity = () => {
    last = Date.now();
    if (last - storedAt >= STORE_EVERY_MS) {
      lastActivity.mark(last);
      storedAt = last;
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') check();
  };

  ACTIVITY_EVENTS.forEach((event) => document.addEventListener(event, onActivity, { capture: true, passive: true }));
  document.addEventListener('visibilitychange', onVisibility);
  check();

  return () => {
    clearTimeout(timer);
    ACTIVITY_EVENTS.forEach((event) => document.removeEventListener(event, onActivity, { capture: true }));
    document.removeEventListener('visibilitychange', onVisibility);
    if (last > storedAt) lastActivity.mark(last);
  };
}
