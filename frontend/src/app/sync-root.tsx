import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { loansQueryKey } from '@/features/loans/api/get-loans';
import { SyncProvider } from '@/features/sync/components/sync-provider';
import type { QueuedOperation } from '@/features/sync/offline-db';
import { invalidateTontineQueries } from '@/features/tontines/api/invalidate-tontine-queries';
import { useCurrentUser } from '@/lib/auth';
import { hasAnyRole, POLICIES } from '@/lib/authorization';

/**
 * The queue's library (IndexedDB, about 30 KB gzipped) is not the first screen's: away from the collection pages the
 * sync starts this long after the app opened, so a slow link spends its first seconds on the page asked for.
 */
export const SYNC_START_DELAY_MS = 10_000;

/**
 * The sync of the offline queue for whoever collects, on every page while signed in; once operations synced, the cached
 * answers they changed are fetched again (each feature knows its own).
 */
export function SyncRoot({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const onCollectionPage = useLocation().pathname.startsWith(paths.offline.path);
  const queryClient = useQueryClient();
  const onSynced = useCallback(
    (operations: QueuedOperation[]) => {
      const kinds = new Set(operations.map((operation) => operation.kind));
      if (kinds.has('Deposit')) void invalidateMoneyQueries(queryClient);
      if (kinds.has('LoanRepayment')) void queryClient.invalidateQueries({ queryKey: loansQueryKey });
      if (kinds.has('TontineContribution')) void invalidateTontineQueries(queryClient);
      if (kinds.has('NewClient')) void queryClient.invalidateQueries({ queryKey: clientsQueryKey });
    },
    [queryClient],
  );
  if (!hasAnyRole(user.roles, POLICIES.offlineCollection)) return children;
  return (
    <SyncProvider userId={user.id} onSynced={onSynced} startAfterMs={onCollectionPage ? 0 : SYNC_START_DELAY_MS}>
      {children}
    </SyncProvider>
  );
}
