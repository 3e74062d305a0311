import { expect, test } from '@playwright/test';

import { fillLoginForm, SFD_ADMIN, signIn, signOut } from '../support/session';
import { totpCode, totpStep } from '../support/totp';

const PASSWORD = 'Second#2026';

/** A new agent of the demo institution, created through the API by the SFD administrator. */
async function createAgent(request: import('@playwright/test').APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: SFD_ADMIN });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const username = `tfa-${Date.now()}`;
  const created = await request.post('/api/v1/users', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { username, displayName: 'Agent Double Facteur', role: 'Agent', password: PASSWORD },
  });
  expect(created.status()).toBe(201);
  return username;
}

test('a user turns on two-factor sign-in from the app, then signs in with password and code', async ({ page, request }) => {
  const username = await createAgent(request);
  const displayName = await signIn(page, { username, password: PASSWORD });

  await page.getByRole('button', { name: displayName }).click();
  await page.getByRole('link', { name: 'Sécurité' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sécurité' })).toBeVisible();
  await expect(page.getByText("La double authentification n'est pas activée.")).toBeVisible();
  await page.getByRole('button', { name: 'Activer la double authentification' }).click();

  await expect(page.getByRole('img', { name: "QR code de la clé d'authentification" })).toBeVisible();
  const key = (await page.getByTestId('two-factor-key').innerText()).replace(/\s/g, '');
  const enrolledStep = totpStep();
  await page.getByLabel('Code à 6 chiffres').fill(totpCode(key, enrolledStep));
  await page.getByRole('button', { name: 'Confirmer' }).click();

  const codes = page.getByRole('list', { name: 'Vos codes de secours' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await page.getByRole('button', { name: "J'ai noté mes codes" }).click();
  await expect(page.getByText('La double authentification est activée.')).toBeVisible();
  await signOut(page, displayName);

  // On a phone: the code step fits the screen and asks for digits.
  await page.setViewportSize({ width: 360, height: 740 });
  await fillLoginForm(page, username, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Code de vérification' })).toBeVisible();
  const codeField = page.getByLabel('Code à 6 chiffres');
  await expect(codeField).toHaveAttribute('inputmode', 'numeric');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const near = new Set([-1, 0, 1, 2].map((offset) => totpCode(key, totpStep() + offset)));
  const wrong = ['000000', '111111', '222222'].find((code) => !near.has(code))!;
  await codeField.fill(wrong);
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page.getByRole('alert')).toContainText("Le code de vérification n'est pas valide.");

  // The confirmation spent its step's code: the next step's is accepted (one step of tolerance).
  await codeField.fill(totpCode(key, enrolledStep + 1));
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour, ${displayName}` })).toBeVisible();
});

test('the SFD administrator resets a user’s two-factor sign-in from the users list', async ({ page, request }) => {
  const username = await createAgent(request);
  const login = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  const auth = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const started = await request.post('/api/v1/auth/2fa/enrolment', { headers: auth, data: {} });
  const { manualKey } = (await started.json()) as { manualKey: string };
  const confirmed = await request.post('/api/v1/auth/2fa/enrolment/confirm', { headers: auth, data: { code: totpCode(manualKey) } });
  expect(confirmed.status()).toBe(200);

  await signIn(page);
  await page.goto('/admin/users');
  await page.getByRole('searchbox', { name: /Rechercher/ }).fill(username);
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await expect(page.getByRole('cell', { name: username, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('button', { name: 'Réinitialiser la double authentification' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Réinitialiser la double authentification' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  const again = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(((await again.json()) as { accessToken: string | null }).accessToken).toBeTruthy();
});
