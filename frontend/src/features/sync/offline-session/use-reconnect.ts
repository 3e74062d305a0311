import { useEffect, useState } from 'react';

import { api } from '@/lib/api-client';
import { useResumeOnlineSession } from '@/lib/auth';
import { tokenStore } from '@/lib/token-store';

/** How often an offline session tries the server while the browser believes it is online (a flaky network). */
const TRY_EVERY_MS = 30_000;

/**
 * In an offline session, when the network returns: the stored refresh token is exchanged as after a reload, and the
 * session becomes a normal one. True once the server refused it (revoked, expired): the user signs in online again to
 * sync; the queue, kept per user on the phone, waits for them.
 */
export function useReconnect() {
  const resume = useResumeOnlineSession();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    if (refused) return;
    let stopped = false;
    const attempt = async () => {
      // Another call (the queue's sync) may have renewed the tokens already.
      if (tokenStore.getAccessToken()) return resume();
      if (!navigator.onLine) return;
      const outcome = await api.refresh();
      if (stopped) return;
      if (outcome === 'renewed') resume();
      if (outcome === 'refused') setRefused(true);
    };
    const tryNow = () => void attempt();
    const stopWatchingTokens = tokenStore.subscribe(() => {
      if (tokenStore.getAccessToken()) resume();
    });
    window.addEventListener('online', tryNow);
    const timer = setInterval(tryNow, TRY_EVERY_MS);
    tryNow();
    return () => {
      stopped = true;
      stopWatchingTokens();
      window.removeEventListener('online', tryNow);
      clearInterval(timer);
    };
  }, [refused, resume]);

  return refused;
}
