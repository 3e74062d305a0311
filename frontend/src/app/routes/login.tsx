import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/identity-access/components/login-form';
import { OfflineSignInLink } from '@/features/sync/offline-session/offline-sign-in-link';
import { useHasSession, useIsOffline } from '@/lib/auth';

/** Only paths inside the application: an absolute or protocol-relative URL would be an open redirect. */
function safeRedirect(target: string | null) {
  return target?.startsWith('/') && !target.startsWith('//') ? target : paths.dashboard.getHref();
}

export default function LoginRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const offline = useIsOffline();
  if (useHasSession()) {
    return <Navigate to={offline ? paths.offline.getHref() : safeRedirect(searchParams.get('redirectTo'))} replace />;
  }

  return (
    <AuthLayout title={t('auth.title')}>
      <LoginForm />
      <OfflineSignInLink />
    </AuthLayout>
  );
}
