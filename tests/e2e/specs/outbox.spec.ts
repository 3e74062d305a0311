import { expect, test, type APIRequestContext } from '@playwright/test';

import { as, SUPERVISOR } from '../support/banking';
import { SFD_ADMIN } from '../support/session';

test.describe.configure({ timeout: 90_000 });

/** The API as `username` would call it (the setup of the journey; what is looked at goes through the SPA). */
async function apiAs(request: APIRequestContext, username: string) {
  const login = await request.post('/api/v1/auth/login', { data: { username, password: SFD_ADMIN.password } });
  expect(login.ok()).toBeTruthy();
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const send = async (method: 'POST' | 'PUT' | 'GET', url: string, data?: unknown, status = [200, 201]) => {
    const response = await request.fetch(url, { method, headers, data });
    expect(status, `${method} ${url}: ${await response.text()}`).toContain(response.status());
    return (await response.json()) as Record<string, unknown>;
  };
  return send;
}

test("l'e-mail d'un retrait à approuver part par l'outbox, et l'administrateur le voit envoyé dans « Messages sortants »", async ({
  page,
  request,
}) => {
  // The supervisor asks for withdrawals to approve by e-mail too; an agent asks for a large withdrawal.
  const admin = await apiAs(request, SFD_ADMIN.username);
  const supervisor = await apiAs(request, SUPERVISOR.username);
  const agent = await apiAs(request, 'agent');
  const preferences = await supervisor('GET', '/api/v1/notifications/preferences');
  await supervisor('PUT', '/api/v1/notifications/preferences', { language: 'fr', emailKinds: ['WithdrawalPendingApproval'] });
  try {
    const code = `OBX${Date.now()}`;
    const product = await admin('POST', '/api/v1/deposit-products', {
      code, name: `Épargne ${code}`, kind: 'Savings', annualInterestRatePercent: 3, minimumBalance: 0, openingFee: 0,
      withdrawalApprovalThreshold: 100_000, allowsSingleStepOpening: false,
    });
    const digits = String(Date.now()).slice(-6);
    const client = await agent('POST', '/api/v1/clients', {
      firstName: 'Sènan', lastName: `Outbox${digits}`, gender: 'Female', dateOfBirth: '1990-03-02', phone: `+22998${digits}0`,
      city: 'Cotonou', occupation: 'Couturière', idDocumentType: 'NationalIdCard', idDocumentNumber: `OBX${digits}`,
    });
    const account = await agent('POST', '/api/v1/accounts', { clientId: client.id, productId: product.id });
    await supervisor('POST', `/api/v1/accounts/${String(account.id)}/approve`, {});
    await agent('POST', `/api/v1/accounts/${String(account.id)}/activate`, { channel: 'Cash' });
    await agent('POST', `/api/v1/accounts/${String(account.id)}/deposits`, { amount: 500_000, channel: 'Cash' });
    await agent('POST', `/api/v1/accounts/${String(account.id)}/withdrawals`, { amount: 400_000, channel: 'Cash' }, [202]);
  } finally {
    await supervisor('PUT', '/api/v1/notifications/preferences', {
      language: preferences.language,
      emailKinds: preferences.emailKinds,
    });
  }

  await as(page, SFD_ADMIN, async () => {
    await page.getByRole('button', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Messages sortants' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Messages sortants' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'supervisor@demo.microfinance.local' }).filter({ hasText: '400 000 FCFA' });
    // The sender looks every few seconds: the page follows while messages wait.
    await expect(row.first()).toContainText('Envoyé', { timeout: 30_000 });
    await expect(row.first()).toContainText('Retrait à approuver');
    await page.getByRole('button', { name: /^Envoyé/ }).click();
    await expect(page.getByRole('row').filter({ hasText: 'En attente' })).toHaveCount(0);

    await page.setViewportSize({ width: 360, height: 740 });
    await expect(row.first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scroll on a 360 px phone').toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
