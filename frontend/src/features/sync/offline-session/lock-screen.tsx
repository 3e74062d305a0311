import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageSpinner } from '@/components/ui/page-spinner';
import { LOCK_AFTER_MS } from '@/features/sync/offline-session/inactivity';
import { PasswordCheckForm } from '@/features/sync/offline-session/password-check-form';
import { useOfflineCredential } from '@/features/sync/offline-session/use-offline-credential';
import { useLogout, type CurrentUser } from '@/lib/auth';

type LockScreenProps = { user: CurrentUser; onUnlock: () => void };

/**
 * What shows after the inactivity delay, in place of the application (whose pages are unmounted, not hidden): the
 * password again, checked on the phone so that it works offline too; or signing out.
 */
export function LockScreen({ user, onUnlock }: LockScreenProps) {
  const { t } = useTranslation();
  const credential = useOfflineCredential();
  const logout = useLogout();

  if (credential.isPending) return <PageSpinner />;
  const kept = credential.data?.userId === user.id ? credential.data : null;

  return (
    <AuthLayout title={t('offlineSession.lockedTitle')}>
      <p className="text-body-secondary">{t('offlineSession.lockedIntro', { name: user.displayName, minutes: LOCK_AFTER_MS / 60_000 })}</p>
      {kept ? (
        <PasswordCheckForm credential={kept} submitLabel={t('offlineSession.unlock')} onRight={onUnlock} />
      ) : (
        // Signed in before the phone kept a verifier (or storage was refused): only a new sign-in opens it.
        <Alert variant="warning">{t('offlineSession.noCredential')}</Alert>
      )}
      <Button variant="outline-secondary" className="w-100 mt-3" onClick={() => logout.mutate()} disabled={logout.isPending}>
        {t('nav.logout')}
      </Button>
    </AuthLayout>
  );
}
