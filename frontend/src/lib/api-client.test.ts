import { afterEach, describe, expect, it, vi } from 'vitest';

import { createApiClient, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { changeLanguage } from '@/lib/i18n';
import { REFRESH_TOKEN_KEY, tokenStore } from '@/lib/token-store';
import { jsonResponse, TOKENS } from '@/testing/test-utils';

const BASE_URL = 'http://api.test';
const ME = {
  id: 'u1',
  username: 'sfd.admin',
  displayName: 'Awa Diallo',
  roles: ['SfdAdmin'],
  institutionId: 'i1',
  institutionName: 'SFD Démo',
  branchId: null,
  branchName: null,
};
const RENEWED = { ...TOKENS, accessToken: 'access-2', refreshToken: 'refresh-2' };
const UNAUTHORIZED = { title: 'Unauthorized', status: 401, code: 'auth.unauthorized' };

/** A fake API whose valid access token is `access-2`; the refresh endpoint answers with `refreshAnswer`. */
function fakeApi(refreshAnswer: () => Response | Promise<Response>) {
  const seen: { path: string; authorization: string | null; body: string }[] = [];
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    seen.push({ path, authorization: request.headers.get('Authorization'), body: await request.text() });
    if (path === '/api/v1/auth/refresh') return refreshAnswer();
    if (request.headers.get('Authorization') !== 'Bearer access-2') return jsonResponse(401, UNAUTHORIZED);
    if (path === '/api/v1/auth/me') return jsonResponse(200, ME);
    if (path === '/api/v1/branches') return jsonResponse(201, { id: 'b1', code: 'COT', name: 'Cotonou' });
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  const client = createApiClient({ baseUrl: BASE_URL, fetch: fetch as typeof globalThis.fetch });
  return { client, fetch, seen, refreshCalls: () => seen.filter((call) => call.path === '/api/v1/auth/refresh') };
}

describe('api client', () => {
  it('sends the access token as a bearer token', async () => {
    tokenStore.setTokens(RENEWED);
    const { client, seen } = fakeApi(() => jsonResponse(401, UNAUTHORIZED));

    await expect(unwrap(client.GET('/api/v1/auth/me'))).resolves.toEqual(ME);
    expect(seen).toEqual([{ path: '/api/v1/auth/me', authorization: 'Bearer access-2', body: '' }]);
  });

  it('refreshes once on 401 and retries the request, body included, with the new token', async () => {
    tokenStore.setTokens(TOKENS);
    const { client, seen, refreshCalls } = fakeApi(() => jsonResponse(200, RENEWED));

    const branch = await unwrap(
      client.POST('/api/v1/branches', { body: { code: 'COT', name: 'Cotonou', address: null } }),
    );

    expect(branch).toMatchObject({ id: 'b1' });
    expect(refreshCalls()).toEqual([
      { path: '/api/v1/auth/refresh', authorization: null, body: JSON.stringify({ refreshToken: 'refresh-1' }) },
    ]);
    const branchCalls = seen.filter((call) => call.path === '/api/v1/branches');
    expect(branchCalls.map((call) => call.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(branchCalls[1].body).toBe(JSON.stringify({ code: 'COT', name: 'Cotonou', address: null }));
    expect(tokenStore.getAccessToken()).toBe('access-2');
    expect(tokenStore.getRefreshToken()).toBe('refresh-2');
  });

  it('shares one refresh between concurrent 401s', async () => {
    tokenStore.setTokens(TOKENS);
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const { client, seen, refreshCalls } = fakeApi(async () => {
      await gate;
      return jsonResponse(200, RENEWED);
    });

    const calls = Promise.all([
      unwrap(client.GET('/api/v1/auth/me')),
      unwrap(client.GET('/api/v1/auth/me')),
      unwrap(client.GET('/api/v1/auth/me')),
    ]);
    // All three have been refused before the refresh answers.
    await vi.waitFor(() => expect(seen.filter((call) => call.path === '/api/v1/auth/me')).toHaveLength(3));
    openGate();

    await expect(calls).resolves.toEqual([ME, ME, ME]);
    expect(refreshCalls()).toHaveLength(1);
  });

  it('ends the session when the refresh fails, and reports the 401', async () => {
    tokenStore.setTokens(TOKENS);
    const { client, refreshCalls } = fakeApi(() => jsonResponse(401, UNAUTHORIZED));
    const sessionChanges = vi.fn();
    const unsubscribe = tokenStore.subscribe(sessionChanges);

    const error = await unwrap(client.GET('/api/v1/auth/me')).catch((e: unknown) => e);

    unsubscribe();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'auth.unauthorized' });
    expect(refreshCalls()).toHaveLength(1);
    expect(tokenStore.hasSession()).toBe(false);
    expect(sessionChanges).toHaveBeenCalledTimes(1);
  });

  it('after a reload, renews the access token before the first call instead of collecting a 401', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    const { client, seen } = fakeApi(() => jsonResponse(200, RENEWED));

    await expect(unwrap(client.GET('/api/v1/auth/me'))).resolves.toEqual(ME);
    expect(seen.map((call) => `${call.path} ${call.authorization}`)).toEqual([
      '/api/v1/auth/refresh null',
      '/api/v1/auth/me Bearer access-2',
    ]);
  });

  it('keeps the session when the refresh cannot reach the server', async () => {
    tokenStore.setTokens(TOKENS);
    const { client, refreshCalls } = fakeApi(() => Promise.reject(new TypeError('Failed to fetch')));

    const error = await unwrap(client.GET('/api/v1/auth/me')).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 401 });
    expect(refreshCalls()).toHaveLength(1);
    expect(tokenStore.getRefreshToken()).toBe('refresh-1');
  });

  it('does not try to refresh when the login itself answers 401', async () => {
    const { client, refreshCalls } = fakeApi(() => jsonResponse(200, RENEWED));

    const error = await unwrap(
      client.POST('/api/v1/auth/login', { body: { username: 'sfd.admin', password: 'wrong' } }),
    ).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 401 });
    expect(refreshCalls()).toHaveLength(0);
  });
});

describe('api client language', () => {
  afterEach(async () => {
    await changeLanguage('fr');
  });

  /** `Accept-Language` of every request the fake API received, in order. */
  const languages = (fetch: ReturnType<typeof fakeApi>['fetch']) =>
    fetch.mock.calls.map(([request]) => `${new URL(request.url).pathname} ${request.headers.get('Accept-Language')}`);

  /** A JWT whose only readable claim is its expiry, `secondsLeft` from now. */
  const jwtExpiringIn = (secondsLeft: number) =>
    `h.${btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + secondsLeft }))}.s`;

  it('gives a connection that cannot retry (the hub) the token held while it has time to live', async () => {
    const fresh = jwtExpiringIn(600);
    tokenStore.setTokens({ ...TOKENS, accessToken: fresh });
    const { client, refreshCalls } = fakeApi(() => jsonResponse(200, RENEWED));

    await expect(client.accessToken()).resolves.toBe(fresh);
    expect(refreshCalls()).toEqual([]);
  });

  it('renews an access token about to expire before giving it to the hub', async () => {
    tokenStore.setTokens({ ...TOKENS, accessToken: jwtExpiringIn(10) });
    const { client, refreshCalls } = fakeApi(() => jsonResponse(200, RENEWED));

    await expect(client.accessToken()).resolves.toBe('access-2');
    expect(refreshCalls()).toHaveLength(1);
  });

  it('gives the hub no token once the session has ended', async () => {
    tokenStore.setTokens({ ...TOKENS, accessToken: jwtExpiringIn(-60) });
    const { client } = fakeApi(() => jsonResponse(401, UNAUTHORIZED));

    await expect(client.accessToken()).resolves.toBeNull();
    expect(tokenStore.hasSession()).toBe(false);
  });

  it('asks the API for its messages in the UI language, and follows a change of language', async () => {
    tokenStore.setTokens(RENEWED);
    const { client, fetch } = fakeApi(() => jsonResponse(401, UNAUTHORIZED));

    await unwrap(client.GET('/api/v1/auth/me'));
    await changeLanguage('en');
    await unwrap(client.GET('/api/v1/auth/me'));

    expect(languages(fetch)).toEqual(['/api/v1/auth/me fr', '/api/v1/auth/me en']);
  });

  it('sends the language on the refresh and on the retried request too', async () => {
    await changeLanguage('en');
    tokenStore.setTokens(TOKENS);
    const { client, fetch } = fakeApi(() => jsonResponse(200, RENEWED));

    await expect(unwrap(client.GET('/api/v1/auth/me'))).resolves.toEqual(ME);

    expect(languages(fetch)).toEqual(['/api/v1/auth/me en', '/api/v1/auth/refresh en', '/api/v1/auth/me en']);
  });
});

describe('ApiError', () => {
  it('carries the problem details, the validation errors and Retry-After', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '30' } });
    const problem = {
      title: 'Too Many Requests',
      detail: 'Too many failed attempts.',
      code: 'auth.rate_limited',
      correlationId: 'c-42',
      errors: { username: ['Required.', 'Too short.'] },
    };

    expect(ApiError.fromResponse(response, problem)).toMatchObject({
      ...problem,
      status: 429,
      retryAfterSeconds: 30,
      message: 'Too many failed attempts.',
    });
  });

  it('carries every reason of a refusal, leaving out what is not one', () => {
    const problem = {
      status: 422,
      code: 'loan_not_eligible',
      reasons: [
        { code: 'loan_in_arrears', message: 'The client has another loan in arrears.' },
        'not a reason',
        { code: 'guarantee_required' },
      ],
    };

    expect(new ApiError(422, problem, null).reasons).toEqual([
      { code: 'loan_in_arrears', message: 'The client has another loan in arrears.' },
      { code: 'guarantee_required', message: '' },
    ]);
  });

  it('falls back to a generic message when the body is not a problem detail', () => {
    const error = new ApiError(502, '<html>Bad gateway</html>', null);

    expect(error).toMatchObject({
      status: 502,
      title: null,
      detail: null,
      errors: {},
      reasons: [],
      retryAfterSeconds: null,
    });
    expect(error.message).toBe('HTTP 502');
  });
});
