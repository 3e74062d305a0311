import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser says it has a network (a phone may still reach nothing: the sync then retries). */
export function useOnline() {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}
