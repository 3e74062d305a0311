import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

import type { QueuedOperation } from '@/features/sync/offline-db';
import type { QueueCounts } from '@/features/sync/queue';
import type { SyncStatus } from '@/features/sync/sync-engine';
import type { SyncRuntime } from '@/features/sync/sync-runtime';
import { SyncContext, type SyncContextValue } from '@/features/sync/use-sync';

const IDLE: SyncStatus = { running: false, lastError: null, nextRetryAt: null, lastSyncedAt: null };

type SyncProviderProps = {
  userId: string;
  /** What the app refreshes once operations synced (the cached accounts, loans, tontines). */
  onSynced: (operations: QueuedOperation[]) => void;
  /** How long to wait before loading the runtime (0: at once); once started it runs whatever page is open. */
  startAfterMs?: number;
  children: ReactNode;
};

/** Runs the sync of the user's queue for as long as they are signed in, whatever page is open. */
export function SyncProvider({ userId, onSynced, startAfterMs = 0, children }: SyncProviderProps) {
  const [due, setDue] = useState(startAfterMs === 0);
  if (!due && startAfterMs === 0) setDue(true);
  useEffect(() => {
    if (due) return;
    const timer = setTimeout(() => setDue(true), startAfterMs);
    return () => clearTimeout(timer);
  }, [due, startAfterMs]);

  const [runtime, setRuntime] = useState<SyncRuntime | null>(null);
  const [status, setStatus] = useState<SyncStatus>(IDLE);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const onSyncedRef = useRef(onSynced);
  useEffect(() => {
    onSyncedRef.current = onSynced;
  });

  useEffect(() => {
    if (!due) return;
    let cancelled = false;
    let started: SyncRuntime | null = null;
    let unsubscribe = () => {};
    void import('@/features/sync/sync-runtime').then(({ startSyncRuntime }) => {
      if (cancelled) return;
      started = startSyncRuntime({ userId, onSynced: (operations) => onSyncedRef.current(operations) });
      const engine = started.engine;
      const stopStatus = engine.subscribe(() => setStatus(engine.getStatus()));
      const stopCounts = started.watchCounts(setCounts);
      unsubscribe = () => {
        stopStatus();
        stopCounts();
      };
      setRuntime(started);
    });
    return () => {
      cancelled = true;
      unsubscribe();
      started?.stop();
      setRuntime(null);
    };
  }, [userId, due]);

  const value = useMemo<SyncContextValue>(
    () => ({
      ready: runtime !== null,
      status,
      counts,
      syncNow: () => runtime?.engine.sync() ?? Promise.resolve(),
      refreshWorkingData: () => runtime?.refreshWorkingData() ?? Promise.resolve(),
      reportStatus: () => runtime?.engine.reportStatus() ?? Promise.resolve(),
    }),
    [runtime, status, counts],
  );
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}
