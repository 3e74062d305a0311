import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageSpinner } from '@/components/ui/page-spinner';
import { paths } from '@/config/paths';
import { api, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { DEFAULT_CURRENCY } from '@/lib/format';
import { lastActivity } from '@/lib/last-activity';
import { offlineSessionStore } from '@/lib/offline-session-store';
import { signInPassword } from '@/lib/sign-in-password';
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

/** True while an offline session is open: a cached profile and no token (docs/offline.md). */
export function useIsOffline() {
  return useSyncExternalStore(offlineSessionStore.subscribe, offlineSessionStore.isOpen);
}

/**
 * True while tokens are held or an offline session is open; becomes false on logout, or when a refresh fails outside an
 * offline session.
 */
export function useHasSession() {
  const hasTokens = useSyncExternalStore(tokenStore.subscribe, tokenStore.hasSession);
  return useIsOffline() || hasTokens;
}

/** The profile from /auth/me; in an offline session, the one cached on the phone (set when the session opened). */
export function useUser() {
  const offline = useIsOffline();
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: getCurrentUser,
    enabled: useHasSession() && !offline,
    staleTime: Infinity,
  });
}

/** The signed-in user (undefined until loaded) and whether the session is an offline one, without a token. */
export function useAuth() {
  return { user: useUser().data, offline: useIsOffline() };
}

/** Opens an offline session with the profile cached at the last online sign-in (its password was checked on the phone). */
export function useOpenOfflineSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (profile: CurrentUser) => {
      queryClient.setQueryData(currentUserQueryKey, profile);
      lastActivity.mark();
      offlineSessionStore.open();
    },
    [queryClient],
  );
}

/** Ends an offline session once tokens are held again: the profile is asked of the API anew. */
export function useResumeOnlineSession() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    offlineSessionStore.close();
    void queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
  }, [queryClient]);
}

/** The API could not be reached (no network, or a gateway without its server), as opposed to an answer that refuses. */
function isUnreachable(error: unknown) {
  // fetch rejects with a TypeError when the request never got an answer.
  return error instanceof TypeError || (error instanceof ApiError && [502, 503, 504].includes(error.status));
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
  // The right password: kept until the profile is loaded, for the offline sign-in's verifier (even across a second factor).
  signInPassword.remember(input.password);
  lastActivity.mark();
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

type SignOutTask = (userId: string) => Promise<unknown>;

const signOutTasks = new Set<SignOutTask>();

/**
 * Work to do on this device when a user signs out, composed in src/app (the offline session forgets the user's
 * credential); returns the way to stop.
 */
export function onSignOut(task: SignOutTask) {
  signOutTasks.add(task);
  return () => {
    signOutTasks.delete(task);
  };
}

async function logout(userId: string | undefined) {
  const refreshToken = tokenStore.getRefreshToken();
  try {
    if (refreshToken) await unwrap(api.POST('/api/v1/auth/logout', { body: { refreshToken } }));
  } catch {
    // Revoking on the server is best effort: the local session ends whatever the network says.
  } finally {
    try {
      if (userId) await Promise.all([...signOutTasks].map((task) => task(userId)));
    } finally {
      signInPassword.forget();
      lastActivity.clear();
      offlineSessionStore.close();
      tokenStore.clear();
    }
  }
}

/** Ends the session and opens the login page without a way back to the last page (the next user is someone else). */
export function useLogout() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout(queryClient.getQueryData<CurrentUser>(currentUserQueryKey)?.id),
    onSuccess: () => navigate(paths.login.getHref(), { replace: true }),
  });
}

type ProtectedRouteProps = {
  children: ReactNode;
  /** What to show instead when the API cannot be reached (the offline sign-in, composed in src/app). */
  unreachable?: ReactNode;
};

/**
 * Renders its children for a signed-in user whose profile is loaded, or in an offline session; without network,
 * `unreachable`; sends anyone else to the login page.
 */
export function ProtectedRoute({ children, unreachable }: ProtectedRouteProps) {
  const { t } = useTranslation();
  const hasSession = useHasSession();
  const offline = useIsOffline();
  const user = useUser();
  const logout = useLogout();
  const location = useLocation();

  if (offline) return children;
  if (!hasSession) {
    if (unreachable && !navigator.onLine) return unreachable;
    return <Navigate to={paths.login.getHref(location.pathname + location.search)} replace />;
  }
  // Only before the profile is loaded: a session already running stays as it is when the network drops. A browser that
  // says it is offline is believed at once; a query waits (`paused`) rather than fail once it has heard so.
  const waitingForNetwork = user.isPending && (!navigator.onLine || user.fetchStatus === 'paused');
  const failedForNetwork = user.isError && user.data === undefined && isUnreachable(user.error);
  if (unreachable && (waitingForNetwork || failedForNetwork)) return unreachable;
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
