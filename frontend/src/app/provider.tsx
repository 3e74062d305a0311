import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

import { forgetCredentialOnSignOut } from '@/features/sync/offline-session/credentials-store';
import { onSignOut } from '@/lib/auth';
import { offlineSessionStore } from '@/lib/offline-session-store';
import { createQueryClient } from '@/lib/query-client';
import { tokenStore } from '@/lib/token-store';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  // When the session ends (logout, or a refresh that failed) nothing fetched for that user may stay cached. An offline
  // session holds no token but keeps its cached profile.
  useEffect(() => {
    const clearWhenSignedOut = () => {
      if (!tokenStore.hasSession() && !offlineSessionStore.isOpen()) queryClient.clear();
    };
    const stopTokens = tokenStore.subscribe(clearWhenSignedOut);
    const stopOffline = offlineSessionStore.subscribe(clearWhenSignedOut);
    return () => {
      stopTokens();
      stopOffline();
    };
  }, [queryClient]);

  // Signing out forgets the user's offline credential on this phone (docs/security.md).
  useEffect(() => onSignOut(forgetCredentialOnSignOut), []);

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
