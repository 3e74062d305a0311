import { expect, type APIRequestContext } from '@playwright/test';

import { SFD_ADMIN } from './session';

/** The API's headers for a demo user, signed in through the API (to plant a situation before a journey). */
export async function apiHeaders(request: APIRequestContext, username: string) {
  const login = await request.post('/api/v1/auth/login', { data: { username, password: SFD_ADMIN.password } });
  expect(login.ok(), `sign-in of ${username}`).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

/**
 * A `near_duplicate` situation: the supervisor (whose demo drawer is open) deposits the same amount in cash twice, a
 * few seconds apart, on an active account — two requests with different keys. Returns the account's number and the
 * second deposit's id (the finding's key).
 */
export async function plantNearDuplicate(request: APIRequestContext, amount: number) {
  const headers = await apiHeaders(request, 'supervisor');
  const accounts = await request.get('/api/v1/accounts?status=Active&pageSize=1', { headers });
  expect(accounts.ok()).toBe(true);
  const [account] = ((await accounts.json()) as { items: { id: string; number: string }[] }).items;
  const ids: string[] = [];
  for (const key of [crypto.randomUUID(), crypto.randomUUID()]) {
    const deposit = await request.post(`/api/v1/accounts/${account.id}/deposits`, {
      headers: { ...headers, 'Idempotency-Key': key },
      data: { amount, channel: 'Cash' },
    });
    expect(deposit.status(), await deposit.text()).toBe(201);
    ids.push(((await deposit.json()) as { id: string }).id);
  }
  return { accountNumber: account.number, secondDepositId: ids[1] };
}

/** Runs the detection as the auditor, through the API. */
export async function detectAnomalies(request: APIRequestContext) {
  const detection = await request.post('/api/v1/anomalies/detect', { headers: await apiHeaders(request, 'auditor') });
  expect(detection.ok(), await detection.text()).toBe(true);
}
