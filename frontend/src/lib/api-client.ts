import createClient, { type Middleware } from 'openapi-fetch';

import { env } from '@/config/env';
import { ApiError } from '@/lib/api-error';
import { currentLanguage } from '@/lib/i18n';
import { tokenStore } from '@/lib/token-store';
import type { paths } from '@/types/api';

/** Calls that answer 401 for a reason other than an expired access token. */
const NO_REFRESH_PATHS = new Set(['/api/v1/auth/login', '/api/v1/auth/login/2fa', '/api/v1/auth/refresh']);

/** The API words its problem details in the language the request asks for (fr by default, en). */
const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
};

type RefreshOutcome = 'renewed' | 'refused' | 'unreachable';

/** Renew an access token this close to its expiry rather than send it: it could lapse on the way. */
const EXPIRY_MARGIN_SECONDS = 30;

/** When a JWT expires (its `exp`, in seconds since the epoch), or null when the token says nothing readable about it. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { exp } = JSON.parse(atob(payload)) as { exp?: unknown };
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

type ApiClientOptions = {
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
};

export function createApiClient({
  baseUrl = env.apiBaseUrl,
  fetch = (input, init) => globalThis.fetch(input, init),
}: ApiClientOptions = {}) {
  const client = createClient<paths>({ baseUrl, fetch });
  // The refresh call goes around the auth middleware so that its own 401 never triggers another refresh.
  const refreshClient = createClient<paths>({ baseUrl, fetch });
  refreshClient.use(language);

  let refreshInFlight: Promise<RefreshOutcome> | null = null;
  const retryable = new Map<string, { request: Request; sentToken: string | null }>();

  /** A refused refresh token ends the session; an unreachable server does not (the agent may be offline). */
  async function refreshTokens(): Promise<RefreshOutcome> {
    const refreshToken = tokenStore.getRefreshToken();
    if (!refreshToken) return 'refused';
    try {
      const { data, response } = await refreshClient.POST('/api/v1/auth/refresh', { body: { refreshToken } });
      if (data) {
        tokenStore.setTokens(data);
        return 'renewed';
      }
      if (response.status >= 500) return 'unreachable';
    } catch {
      return 'unreachable';
    }
    tokenStore.clear();
    return 'refused';
  }

  /** Concurrent 401s share one refresh: refresh tokens rotate, so a second call would spend a used token. */
  function refreshOnce() {
    refreshInFlight ??= refreshTokens().finally(() => {
      refreshInFlight = null;
    });
    return refreshInFlight;
  }

  const auth: Middleware = {
    async onRequest({ request, schemaPath, id }) {
      if (NO_REFRESH_PATHS.has(schemaPath)) return request;
      // After a reload only the refresh token is left: renew first rather than send a call bound to fail.
      if (!tokenStore.getAccessToken() && tokenStore.getRefreshToken()) await refreshOnce();
      const sentToken = tokenStore.getAccessToken();
      if (sentToken) request.headers.set('Authorization', `Bearer ${sentToken}`);
      retryable.set(id, { request: request.clone(), sentToken });
      return request;
    },
    async onResponse({ response, id }) {
      const original = retryable.get(id);
      retryable.delete(id);
      if (response.status !== 401 || !original) return undefined;

      const current = tokenStore.getAccessToken();
      const renewedMeanwhile = current !== null && current !== original.sentToken;
      if (!renewedMeanwhile && (await refreshOnce()) !== 'renewed') return undefined;

      const retry = original.request.clone();
      retry.headers.set('Authorization', `Bearer ${tokenStore.getAccessToken()}`);
      return fetch(retry);
    },
    onError({ id }) {
      retryable.delete(id);
    },
  };
  // The language first, so that the copy kept for a retry after a refresh carries it too.
  client.use(language, auth);

  /**
   * A usable access token for a connection that cannot answer 401 by retrying (the live notifications' hub): the one
   * held, renewed first when it is missing or about to expire; null when the session has ended.
   */
  async function accessToken() {
    const held = tokenStore.getAccessToken();
    const expiry = held ? tokenExpiry(held) : null;
    const expiring = expiry !== null && expiry - EXPIRY_MARGIN_SECONDS <= Date.now() / 1000;
    if ((!held || expiring) && tokenStore.getRefreshToken()) await refreshOnce();
    return tokenStore.getAccessToken();
  }

  /** Exchanges the stored refresh token now (an offline session trying to go online when the network returns). */
  const refresh = refreshOnce;

  return Object.assign(client, { accessToken, refresh });
}

export const api = createApiClient();

/** Returns the body of a successful call; throws an {@link ApiError} carrying the problem details otherwise. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.fromResponse(response, error);
  return data as T;
}
