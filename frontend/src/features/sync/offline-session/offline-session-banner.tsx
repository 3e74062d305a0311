import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { useReconnect } from '@/features/sync/offline-session/use-reconnect';
import { useIsOffline } from '@/lib/auth';
import { offlineSessionStore } from '@/lib/offline-session-store';

function OfflineNotice() {
  const { t } = useTranslation();
  const refused = useReconnect();
  if (!refused) {
    return (
      <Alert variant="secondary" className="rounded-0 mb-0 py-2 small d-print-none">
        {t('offlineSession.banner')}
      </Alert>
    );
  }
  return (
    <Alert variant="warning" className="rounded-0 mb-0 py-2 d-print-none">
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2">
        <span>{t('offlineSession.signInToSync')}</span>
        {/* Closing the offline session leads to the online sign-in; the queue stays on the phone for this user. */}
        <Button size="sm" variant="warning" onClick={offlineSessionStore.close}>
          {t('auth.signIn')}
        </Button>
      </div>
    </Alert>
  );
}

/** Above the application in an offline session: that it is one; once the server refused the session, how to sync. */
export function OfflineSessionBanner() {
  return useIsOffline() ? <OfflineNotice /> : null;
}
