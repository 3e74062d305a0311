import { useEffect, useState, type ReactNode } from 'react';

import { idleTooLong, watchInactivity } from '@/features/sync/offline-session/inactivity';
import { LockScreen } from '@/features/sync/offline-session/lock-screen';
import { useUser } from '@/lib/auth';
import { lastActivity } from '@/lib/last-activity';

/**
 * Locks the application (online or offline session) after the inactivity delay: its content is replaced by the lock
 * screen, so nothing it showed stays in the page. A reload after the delay opens locked.
 */
export function SessionLock({ children }: { children: ReactNode }) {
  const user = useUser().data;
  const [locked, setLocked] = useState(() => idleTooLong());

  useEffect(() => {
    if (locked) return;
    return watchInactivity(() => setLocked(true));
  }, [locked]);

  // Under ProtectedRoute the profile is loaded; without it, nothing rather than the content.
  if (!locked) return children;
  if (!user) return null;
  return (
    <LockScreen
      user={user}
      onUnlock={() => {
        lastActivity.mark();
        setLocked(false);
      }}
    />
  );
}
