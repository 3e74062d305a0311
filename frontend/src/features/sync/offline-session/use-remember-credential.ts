import { useEffect } from 'react';

import { rememberCredential } from '@/features/sync/offline-session/offline-credential';
import { canVerifyOffline } from '@/features/sync/offline-session/verifier';
import { useAuth } from '@/lib/auth';
import { signInPassword } from '@/lib/sign-in-password';

/**
 * After each sign-in online with a password (and its second factor, if any), once the profile is loaded: the phone
 * keeps a verifier of that password with the profile, for the offline sign-in and the lock screen. The password itself
 * is then forgotten.
 */
export function useRememberCredential() {
  const { user, offline } = useAuth();
  useEffect(() => {
    if (!user || offline) return;
    const password = signInPassword.peek();
    if (password === null) return;
    signInPassword.forget();
    // Without WebCrypto (not HTTPS) or storage (private browsing), the offline sign-in is simply not offered.
    if (canVerifyOffline()) rememberCredential(user, password).catch(() => undefined);
  }, [user, offline]);
}
