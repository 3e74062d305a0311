import { useQueryClient } from '@tanstack/react-query';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageSpinner } from '@/components/ui/page-spinner';
import { paths } from '@/config/paths';
import { isExpired } from '@/features/sync/offline-session/offline-credential';
import { PasswordCheckForm } from '@/features/sync/offline-session/password-check-form';
import { useOfflineCredential } from '@/features/sync/offline-session/use-offline-credential';
import { canVerifyOffline } from '@/features/sync/offline-session/verifier';
import { currentUserQueryKey, useOpenOfflineSession } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { tokenStore } from '@/lib/token-store';

/** Back to the server: ask for the profile again when a session is held, else the online sign-in. */
function RetryOnline() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const retry = () =>
    tokenStore.hasSession()
      ? void queryClient.resetQueries({ queryKey: currentUserQueryKey })
      : void navigate(paths.login.getHref());
  return (
    <Button variant="outline-secondary" className="w-100 mt-3" onClick={retry}>
      {t('offlineSession.retryOnline')}
    </Button>
  );
}

/**
 * « Ouvrir hors ligne »: shown instead of the application when the API cannot be reached. The user who last signed in
 * online on this phone, within the last 7 days, opens an offline session with their password; the field agent's
 * offline pages then work from the phone's data.
 */
export function OfflineSignIn() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const openOfflineSession = useOpenOfflineSession();
  const credential = useOfflineCredential();

  if (credential.isPending) return <PageSpinner />;
  const kept = canVerifyOffline() ? credential.data : null;

  return (
    <AuthLayout title={t('offlineSession.title')}>
      {!kept ? (
        <Alert variant="warning">{t('offlineSession.noSession')}</Alert>
      ) : isExpired(kept) ? (
        <Alert variant="warning">
          {t('offlineSession.expired', { date: formatDateTime(kept.signedInOnlineAt, locale) })}
        </Alert>
      ) : (
        <>
          <p className="text-body-secondary">{t('offlineSession.intro')}</p>
          <PasswordCheckForm
            credential={kept}
            submitLabel={t('offlineSession.open')}
            onRight={(profile) => {
              openOfflineSession(profile);
              void navigate(paths.offline.getHref(), { replace: true });
            }}
          />
        </>
      )}
      <RetryOnline />
    </AuthLayout>
  );
}
