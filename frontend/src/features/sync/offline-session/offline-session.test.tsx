import 'fake-indexeddb/auto';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Navigate, Route, Routes, useLocation } from 'react-router';

import { credentialsStore, forgetCredentialOnSignOut } from '@/features/sync/offline-session/credentials-store';
import { LOCK_AFTER_MS } from '@/features/sync/offline-session/inactivity';
import { checkPassword, rememberCredential } from '@/features/sync/offline-session/offline-credential';
import { OfflineSignIn } from '@/features/sync/offline-session/offline-sign-in';
import { SessionGuard } from '@/features/sync/offline-session/session-guard';
import { onSignOut, ProtectedRoute, useAuth, useHasSession, useLogin, useLogout } from '@/lib/auth';
import { lastActivity } from '@/lib/last-activity';
import { offlineSessionStore } from '@/lib/offline-session-store';
import { signInPassword } from '@/lib/sign-in-password';
import { REFRESH_TOKEN_KEY, tokenStore } from '@/lib/token-store';
import { AGENT_USER, fakeApi, jsonResponse, TOKENS } from '@/testing/test-utils';

const PASSWORD = 'Demo#2026';
const DAY = 24 * 60 * 60_000;
// Few PBKDF2 iterations keep the tests quick: the count is stored with the verifier.
const FAST = { iterations: 1_000 };

/** What a page of the application shows: whose session, whether offline, where; and a way out. */
function Page() {
  const { user, offline } = useAuth();
  const { pathname } = useLocation();
  const logout = useLogout();
  return (
    <main>
      <p>{`${user?.displayName} — ${offline ? 'hors ligne' : 'en ligne'} — ${pathname}`}</p>
      <button onClick={() => logout.mutate()}>Se déconnecter</button>
    </main>
  );
}

/** The login page: a sign-in with the password, and on to the application once a session exists. */
function LoginPage() {
  const login = useLogin();
  if (useHasSession()) return <Navigate to="/" replace />;
  return <button onClick={() => login.mutate({ username: 'agent', password: PASSWORD })}>Connexion en ligne</button>;
}

/** The signed-in part of the application as src/app/router.tsx composes it, a login page beside it. */
function renderApp(route = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const stopForgetting = onSignOut(forgetCredentialOnSignOut);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            path="*"
            element={
              <ProtectedRoute unreachable={<OfflineSignIn />}>
                <SessionGuard>
                  <Page />
                </SessionGuard>
              </ProtectedRoute>
            }
          />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, stopForgetting };
}

/** A phone without network: every request fails before an answer, as fetch does offline. */
function noNetwork() {
  const fetch = vi.fn((request: Request) => Promise.reject(new TypeError(`Failed to fetch ${request.url}`)));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The network is back and the server answers; the phone holds only what it held (fakeApi would also store tokens). */
function serverAnswers(answer: (path: string) => Response) {
  const fetch = vi.fn((request: Request) => Promise.resolve(answer(new URL(request.url).pathname)));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The agent signed in online on this phone earlier: a refresh token stored, the verifier kept. */
async function signedInEarlier(signedInAt = new Date()) {
  localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
  await rememberCredential(AGENT_USER, PASSWORD, { ...FAST, now: signedInAt });
}

beforeEach(() => lastActivity.clear());

afterEach(async () => {
  offlineSessionStore.close();
  signInPassword.forget();
  lastActivity.clear();
  await credentialsStore.delete(AGENT_USER.id);
});

describe('signing in online', () => {
  it('keeps a verifier of the password once the profile is loaded, then forgets the password', async () => {
    const api = fakeApi((path) =>
      path === '/api/v1/auth/login' ? jsonResponse(200, { ...TOKENS, twoFactorRequired: false }) : jsonResponse(200, AGENT_USER),
    );
    tokenStore.clear();
    const { stopForgetting } = renderApp('/login');

    await userEvent.click(screen.getByRole('button', { name: 'Connexion en ligne' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/auth/login')).toHaveLength(1));
    await screen.findByText('Awa Diallo — en ligne — /');

    await waitFor(async () => expect(await credentialsStore.get(AGENT_USER.id)).toBeDefined());
    expect(signInPassword.peek()).toBeNull();
    expect((await checkPassword(AGENT_USER.id, PASSWORD)).outcome).toBe('right');
    stopForgetting();
  });

  it('keeps it after the second factor too: the password waits for the code', async () => {
    fakeApi((path) =>
      path === '/api/v1/auth/login'
        ? jsonResponse(200, { twoFactorRequired: true, enrolmentRequired: false, challengeToken: 'challenge' })
        : jsonResponse(200, AGENT_USER),
    );
    tokenStore.clear();
    const { stopForgetting } = renderApp('/login');

    await userEvent.click(screen.getByRole('button', { name: 'Connexion en ligne' }));
    await waitFor(() => expect(signInPassword.peek()).toBe(PASSWORD));
    expect(await credentialsStore.get(AGENT_USER.id)).toBeUndefined();

    // The code step answers the tokens (TwoFactorCodeForm stores them).
    act(() => tokenStore.setTokens(TOKENS));
    await screen.findByText(/Awa Diallo — en ligne/);
    await waitFor(async () => expect(await credentialsStore.get(AGENT_USER.id)).toBeDefined());
    stopForgetting();
  });
});

describe('opening the application without network', () => {
  it('asks for the password of the last user, refuses a wrong one and opens an offline session with the right one', async () => {
    await signedInEarlier();
    const fetch = noNetwork();
    const { stopForgetting } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Ouvrir hors ligne' })).toBeVisible();
    expect(screen.getByLabelText("Nom d'utilisateur")).toHaveValue('agent');

    await userEvent.type(screen.getByLabelText('Mot de passe'), 'not-the-password');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir hors ligne' }));
    expect(await screen.findByText('Mot de passe incorrect. Encore 4 essais avant une attente.')).toBeVisible();

    await userEvent.type(screen.getByLabelText('Mot de passe'), PASSWORD);
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir hors ligne' }));

    // The cached profile, flagged offline, on the offline home; no token was sent anywhere.
    expect(await screen.findByText('Awa Diallo — hors ligne — /offline')).toBeVisible();
    expect(screen.getByText(/Hors ligne\s*: session ouverte sur ce téléphone/)).toBeVisible();
    expect(tokenStore.getAccessToken()).toBeNull();
    expect(fetch.mock.calls.every(([request]) => !request.headers.has('Authorization'))).toBe(true);
    stopForgetting();
  });

  it('makes each attempt wait after five wrong passwords, and says so', async () => {
    await signedInEarlier();
    noNetwork();
    const { stopForgetting } = renderApp('/');
    const password = await screen.findByLabelText('Mot de passe');

    for (let attempt = 0; attempt < 5; attempt++) {
      await userEvent.type(password, 'wrong');
      await userEvent.click(screen.getByRole('button', { name: 'Ouvrir hors ligne' }));
      await waitFor(() => expect(password).toHaveValue(''));
    }

    expect(await screen.findByText(/Trop d'essais\. Réessayez dans (30|29)\s*s\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ouvrir hors ligne' })).toBeDisabled();
    stopForgetting();
  });

  it('refuses a credential more than 7 days after the last online sign-in: reconnect online', async () => {
    await signedInEarlier(new Date(Date.now() - 7 * DAY - 60_000));
    noNetwork();
    const { stopForgetting } = renderApp('/');

    expect(await screen.findByText(/il y a plus de 7\s*jours\s*: reconnectez-vous en ligne/)).toBeVisible();
    expect(screen.queryByLabelText('Mot de passe')).not.toBeInTheDocument();
    stopForgetting();
  });

  it('says that a phone with no session kept must sign in online first', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    noNetwork();
    const { stopForgetting } = renderApp('/');

    expect(await screen.findByText(/ce téléphone ne garde aucune session/)).toBeVisible();
    expect(screen.queryByLabelText('Mot de passe')).not.toBeInTheDocument();
    stopForgetting();
  });
});

describe('back online in an offline session', () => {
  async function openOffline() {
    await signedInEarlier();
    noNetwork();
    const view = renderApp('/');
    await userEvent.type(await screen.findByLabelText('Mot de passe'), PASSWORD);
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir hors ligne' }));
    await screen.findByText('Awa Diallo — hors ligne — /offline');
    return view;
  }

  it('exchanges the refresh token and becomes a normal session', async () => {
    const { stopForgetting } = await openOffline();
    const fetch = serverAnswers((path) =>
      path === '/api/v1/auth/refresh' ? jsonResponse(200, TOKENS) : jsonResponse(200, AGENT_USER),
    );
    expect(tokenStore.getAccessToken()).toBeNull();

    act(() => void window.dispatchEvent(new Event('online')));

    expect(await screen.findByText('Awa Diallo — en ligne — /offline')).toBeVisible();
    expect(tokenStore.getAccessToken()).toBe('access-1');
    // The profile is asked of the API again, with the new token.
    await waitFor(() =>
      expect(fetch.mock.calls.some(([request]) => request.url.endsWith('/api/v1/auth/me'))).toBe(true),
    );
    stopForgetting();
  });

  it('asks to sign in again to sync when the server refuses the refresh token, keeping the offline session', async () => {
    const { stopForgetting } = await openOffline();
    const fetch = serverAnswers(() => jsonResponse(401, { title: 'Unauthorized', status: 401 }));

    act(() => void window.dispatchEvent(new Event('online')));

    expect(await screen.findByText(/Reconnectez-vous pour synchroniser/)).toBeVisible();
    expect(fetch.mock.calls.map(([request]) => new URL(request.url).pathname)).toEqual(['/api/v1/auth/refresh']);
    expect(screen.getByText('Awa Diallo — hors ligne — /offline')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('button', { name: 'Connexion en ligne' })).toBeVisible();
    stopForgetting();
  });
});

describe('signing out', () => {
  it('deletes the credential of that user from the phone', async () => {
    await signedInEarlier();
    fakeApi((path) => (path === '/api/v1/auth/logout' ? new Response(null, { status: 204 }) : jsonResponse(200, AGENT_USER)));
    const { stopForgetting } = renderApp('/');

    await userEvent.click(await screen.findByRole('button', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('button', { name: 'Connexion en ligne' })).toBeVisible();
    expect(await credentialsStore.get(AGENT_USER.id)).toBeUndefined();
    expect(tokenStore.hasSession()).toBe(false);
    stopForgetting();
  });

  it('deletes it from an offline session too, where the server cannot be told', async () => {
    await signedInEarlier();
    noNetwork();
    const { stopForgetting } = renderApp('/');
    await userEvent.type(await screen.findByLabelText('Mot de passe'), PASSWORD);
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir hors ligne' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Se déconnecter' }));

    await waitFor(async () => expect(await credentialsStore.get(AGENT_USER.id)).toBeUndefined());
    expect(offlineSessionStore.isOpen()).toBe(false);
    stopForgetting();
  });
});

describe('the lock', () => {
  it('replaces the application after 10 minutes without interaction, and opens again with the password', async () => {
    await signedInEarlier();
    fakeApi((path) => (path === '/api/v1/auth/refresh' ? jsonResponse(200, TOKENS) : jsonResponse(200, AGENT_USER)));
    // The clock runs as usual (the page loads), and jumps when told to.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      const { stopForgetting } = renderApp('/clients');
      expect(await screen.findByText('Awa Diallo — en ligne — /clients')).toBeVisible();

      act(() => {
        vi.advanceTimersByTime(LOCK_AFTER_MS - 1_000);
      });
      expect(screen.getByText('Awa Diallo — en ligne — /clients')).toBeVisible();
      act(() => {
        vi.advanceTimersByTime(1_000);
      });

      expect(await screen.findByRole('heading', { name: 'Application verrouillée' })).toBeVisible();
      // Unmounted, not hidden: nothing of the page is left in the document.
      expect(screen.queryByText(/Awa Diallo — en ligne/)).not.toBeInTheDocument();

      await userEvent.type(screen.getByLabelText('Mot de passe'), PASSWORD);
      await userEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
      expect(await screen.findByText('Awa Diallo — en ligne — /clients')).toBeVisible();
      stopForgetting();
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens locked when the page is reloaded after the delay, offline sessions included', async () => {
    await signedInEarlier();
    fakeApi((path) => (path === '/api/v1/auth/refresh' ? jsonResponse(200, TOKENS) : jsonResponse(200, AGENT_USER)));
    lastActivity.mark(Date.now() - LOCK_AFTER_MS - 1);
    const { stopForgetting } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Application verrouillée' })).toBeVisible();
    expect(screen.queryByText(/Awa Diallo — en ligne/)).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Mot de passe'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByText('Mot de passe incorrect. Encore 4 essais avant une attente.')).toBeVisible();
    expect(screen.queryByText(/Awa Diallo — en ligne/)).not.toBeInTheDocument();
    stopForgetting();
  });
});
