import createClient, { type Middleware } from 'openapi-fetch';

import { env } from '@/config/env';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';
import type { paths } from '@/types/api';

/** Calls that answer 401 for a reason other than an expired access token. */
const NO_REFRESH_PATHS = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh']);

type ApiClientOptions = {
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
};

export function createApiClient({
  baseUrl = env.apiBaseUrl,
  fetch = (input, init) => globalThis.fetch(input, init),
}: ApiClientOptions = {}) {
  const client = createClient<paths>({ baseUrl, fetch });
  // The refresh call goes around the middleware so that its own 401 never triggers another refresh.
  const refreshClient = createClient<paths>({ baseUrl, fetch });

  let refreshInFlight: Promise<boolean> | null = null;
  const retryable = new Map<string, { request: Request; sentToken: string | null }>();

  async function refreshTokens() {
    const refreshToken = tokenStore.getRefreshToken();
    if (!refreshToken) return false;
    try {
      const { data } = await refreshClient.POST('/api/v1/auth/refresh', { body: { refreshToken } });
      if (!data) return false;
      tokenStore.setTokens(data);
      return true;
    } catch {
      return false;
    }
  }

  /** Concurrent 401s share one refresh: refresh tokens rotate, so a second call would spend a used token. */
  function refreshOnce() {
    refreshInFlight ??= refreshTokens().finally(() => {
      refreshInFlight = null;
    });
    return refreshInFlight;
  }

  const auth: Middleware = {
    onRequest({ request, schemaPath, id }) {
      const sentToken = tokenStore.getAccessToken();
      if (sentToken) request.headers.set('Authorization', `Bearer ${sentToken}`);
      if (!NO_REFRESH_PATHS.has(schemaPath)) retryable.set(id, { request: request.clone(), sentToken });
      return request;
    },
    async onResponse({ response, id }) {
      const original = retryable.get(id);
      retryable.delete(id);
      if (response.status !== 401 || !original) return undefined;

      const current = tokenStore.getAccessToken();
      const renewedMeanwhile = current !== null && current !== original.sentToken;
      if (!renewedMeanwhile && !(await refreshOnce())) {
        tokenStore.clear();
        return undefined;
      }
      const retry = original.request.clone();
      retry.headers.set('Authorization', `Bearer ${tokenStore.getAccessToken()}`);
      return fetch(retry);
    },
    onError({ id }) {
      retryable.delete(id);
    },
  };
  client.use(auth);
  return client;
}

export const api = createApiClient();

/** Returns the body of a successful call; throws an {@link ApiError} carrying the problem details otherwise. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.fromResponse(response, error);
  return data as T;
}
