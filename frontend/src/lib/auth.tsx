import { useMutation, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageSpinner } from '@/components/ui/page-spinner';
import { paths } from '@/config/paths';
import { api, unwrap } from '@/lib/api-client';
import { DEFAULT_CURRENCY } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';

export const loginInputSchema = z.object({
  username: z.string().trim().min(1, 'validation.required'),
  password: z.string().min(1, 'validation.required'),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export const currentUserQueryKey = ['auth', 'me'] as const;

export function getCurrentUser() {
  return unwrap(api.GET('/api/v1/auth/me'));
}

export type CurrentUser = Awaited<ReturnType<typeof getCurrentUser>>;

/** True while tokens are held; becomes false on logout or when a refresh fails. */
export function useHasSession() {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.hasSession);
}

export function useUser() {
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: getCurrentUser,
    enabled: useHasSession(),
    staleTime: Infinity,
  });
}

/** The signed-in user, for components rendered under {@link ProtectedRoute} (which waits for it). */
export function useCurrentUser() {
  const { data } = useUser();
  if (!data) throw new Error('useCurrentUser() needs a loaded user: render the component under ProtectedRoute.');
  return data;
}

/** The currency of the signed-in user's institution (from /auth/me), for amounts the API sends without one. */
export function useInstitutionCurrency() {
  return useCurrentUser().currency ?? DEFAULT_CURRENCY;
}

/**
 * The password step. Without a second factor the answer holds the tokens and the session starts; otherwise it holds a
 * challenge (`twoFactorRequired`) or an enrolment token (`enrolmentRequired`) for the next step, and no session yet.
 */
async function login(input: LoginInput) {
  const answer = await unwrap(api.POST('/api/v1/auth/login', { body: input }));
  const { accessToken, refreshToken, expiresIn, tokenType } = answer;
  if (accessToken && refreshToken) {
    tokenStore.setTokens({ accessToken, refreshToken, expiresIn: expiresIn ?? 0, tokenType: tokenType ?? 'Bearer' });
  }
  return answer;
}

export type LoginAnswer = Awaited<ReturnType<typeof login>>;

/** Once the tokens are stored the session exists, and the login route sends the user on. */
export function useLogin() {
  return useMutation({ mutationFn: login });
}

async function logout() {
  const refreshToken = tokenStore.getRefreshToken();
  try {
    if (refreshToken) await unwrap(api.POST('/api/v1/auth/logout', { body: { refreshToken } }));
  } catch {
    // Revoking on the server is best effort: the local session ends whatever the network says.
  } finally {
    tokenStore.clear();
  }
}

/** Ends the session and opens the login page without a way back to the last page (the next user is someone else). */
export function useLogout() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => navigate(paths.login.getHref(), { replace: true }),
  });
}

/** Renders its children for a signed-in user whose profile is loaded; sends anyone else to the login page. */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const hasSession = useHasSession();
  const user = useUser();
  const logout = useLogout();
  const location = useLocation();

  if (!hasSession) {
    return <Navigate to={paths.login.getHref(location.pathname + location.search)} replace />;
  }
  if (user.isPending) return <PageSpinner />;
  if (user.isError) {
    // E.g. the institution was suspended: the user may retry later, or leave.
    return (
      <div className="m-3">
        <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />
        <Button variant="outline-secondary" onClick={() => logout.mutate()}>
          {t('nav.logout')}
        </Button>
      </div>
    );
  }
  return children;
}
