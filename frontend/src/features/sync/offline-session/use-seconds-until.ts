import { useEffect, useState } from 'react';

/** Whole seconds left until `until` (ms since the epoch), counting down each second; 0 once passed or when null. */
export function useSecondsUntil(until: number | null) {
  const [now, setNow] = useState(Date.now);
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [left]);
  return left;
}
