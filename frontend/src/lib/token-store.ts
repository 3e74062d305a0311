import type { paths } from '@/types/api';

type TokenResponse = paths['/api/v1/auth/refresh']['post']['responses'][200]['content']['application/json'];

/*
 * Where the tokens live:
 * - the access token (short-lived JWT) only in memory, so a script injected later cannot read it from storage;
 * - the refresh token in localStorage, so a reload or a tab killed by a phone's browser keeps the session.
 *   The API rotates refresh tokens on each use and revokes the whole family when one is reused, which limits
 *   what a stolen refresh token is worth. After a reload the API client exchanges the stored refresh
 *   token for a new access token before its first call.
 * An httpOnly cookie would hide the refresh token from scripts too, but the API takes tokens in JSON bodies.
 */
export const REFRESH_TOKEN_KEY = 'microfinance.refreshToken';

let accessToken: string | null = null;
const listeners = new Set<() => void>();

function notify() {
  listeners.forEach((listener) => listener());
}

export const tokenStore = {
  getAccessToken: () => accessToken,
  getRefreshToken: () => localStorage.getItem(REFRESH_TOKEN_KEY),
  hasSession: () => accessToken !== null || localStorage.getItem(REFRESH_TOKEN_KEY) !== null,
  setTokens: (tokens: TokenResponse) => {
    accessToken = tokens.accessToken;
    localStorage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    notify();
  },
  clear: () => {
    const hadSession = tokenStore.hasSession();
    accessToken = null;
    localStorage.removeItem(REFRESH_TOKEN_KEY);
    if (hadSession) notify();
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
