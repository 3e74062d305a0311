import { useEffect, useState } from 'react';

/** Whole seconds left until `until` (ms since the epoch), counting down each second; 0 once passed or when null. */
export function useSecondsUntil(until: number | null) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (until === null) return;
    const tick = () => setNow(Date.now());
    // At once (the clock read at mount may be old by then), then each second until the wait is over.
    const first = setTimeout(tick, 0);
    const timer = setInterval(() => {
      tick();
      if (Date.now() >= until) clearInterval(timer);
    }, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
