import { useQuery } from '@tanstack/react-query';

import { credentialsStore } from '@/features/sync/offline-session/credentials-store';

/**
 * The credential kept on this phone (null when none), read afresh each time a screen asks for a password. The phone's
 * own database answers without network: the query must not wait for one (`networkMode: 'always'`).
 */
export function useOfflineCredential() {
  return useQuery({
    queryKey: ['offlineSession', 'credential'],
    queryFn: async () => (await credentialsStore.current()) ?? null,
    networkMode: 'always',
    staleTime: 0,
    gcTime: 0,
  });
}
