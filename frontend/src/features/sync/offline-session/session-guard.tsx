import type { ReactNode } from 'react';

import { OfflineSessionBanner } from '@/features/sync/offline-session/offline-session-banner';
import { SessionLock } from '@/features/sync/offline-session/session-lock';
import { useRememberCredential } from '@/features/sync/offline-session/use-remember-credential';

/**
 * Around the signed-in application: keeps the offline credential after an online sign-in, locks after inactivity, and
 * in an offline session says so and goes back online when the network returns.
 */
export function SessionGuard({ children }: { children: ReactNode }) {
  useRememberCredential();
  return (
    <SessionLock>
      <OfflineSessionBanner />
      {children}
    </SessionLock>
  );
}
