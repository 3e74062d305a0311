import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs` (e.g. an amount being typed, before asking the API about it).
 * Give it a string or a number: an object made afresh on every render would never settle.
 */
export function useDebouncedValue<T extends string | number | null>(value: T, delayMs = 400) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
