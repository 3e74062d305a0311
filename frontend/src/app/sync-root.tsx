import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { loansQueryKey } from '@/features/loans/api/get-loans';
import { SyncProvider } from '@/features/sync/components/sync-provider';
import type { QueuedOperation } from '@/features/sync/offline-db';
import { invalidateTontineQueries } from '@/features/tontines/api/invalidate-tontine-queries';
import { useCurrentUser } from '@/lib/auth';
import { hasAnyRole, POLICIES } from '@/lib/authorization';

/**
 * The sync of the offline queue for whoever collects, on every page while signed in; once operations synced, the cached
 * answers they changed are fetched again (each feature knows its own).
 */
export function SyncRoot({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
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
    <SyncProvider userId={user.id} onSynced={onSynced}>
      {children}
    </SyncProvider>
  );
}
