import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { isExpired } from '@/features/sync/offline-session/offline-credential';
import { useOfflineCredential } from '@/features/sync/offline-session/use-offline-credential';

function subscribeToNetwork(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * On the login page of a phone without network: the way to the offline sign-in, when this phone keeps a credential
 * still valid (the protected pages show it when the server cannot be reached).
 */
export function OfflineSignInLink() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine);
  const credential = useOfflineCredential();
  if (online || !credential.data || isExpired(credential.data)) return null;
  return (
    <Link to={paths.offline.getHref()} className="btn btn-outline-primary w-100 mt-3">
      {t('offlineSession.title')}
    </Link>
  );
}
