import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

type LiveState<T> = { value: T | undefined; error: unknown };

/**
 * The answer of an IndexedDB query, kept current as the tables it read change (in this tab or another). `query` must be
 * stable (useCallback): a new one subscribes again. `undefined` until the first answer.
 */
export function useLiveQuery<T>(query: () => Promise<T>) {
  const [state, setState] = useState<LiveState<T>>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((previous) => ({ ...previous, error })),
    });
    return () => subscription.unsubscribe();
  }, [query]);
  return state;
}
