import { expect, test } from '@playwright/test';

import { as } from '../support/banking';
import { SFD_ADMIN } from '../support/session';

test.describe.configure({ timeout: 90_000 });

test("l'administrateur crée un client API, l'intégrateur obtient un jeton avec son secret et lit les clients, puis le client est révoqué", async ({
  page,
  request,
}) => {
  const name = `Agrégateur ${Date.now()}`;

  await as(page, SFD_ADMIN, async () => {
    await page.getByRole('button', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Clients API' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients API' })).toBeVisible();

    await page.getByRole('button', { name: 'Nouveau client API' }).click();
    const form = page.getByRole('dialog', { name: 'Nouveau client API' });
    await form.getByLabel('Nom').fill(name);
    // No scope: refused before anything is sent.
    await form.getByRole('button', { name: 'Créer' }).click();
    await expect(form).toContainText('Choisissez au moins une portée.');
    await form.getByLabel(/Lire les clients/).check();
    await form.getByLabel(/Faire des dépôts/).check();
    await form.getByLabel('Limite de requêtes par minute').fill('60');
    await form.getByRole('button', { name: 'Créer' }).click();

    // The secret, once, with its warning.
    const shown = page.getByRole('dialog', { name: `Identifiants de « ${name} »` });
    await expect(shown).toContainText('il ne sera plus jamais affiché');
    const clientId = await shown.getByLabel('Identifiant du client (client_id)').inputValue();
    const clientSecret = await shown.getByLabel('Secret du client (client_secret)').inputValue();
    expect(clientSecret.length).toBeGreaterThanOrEqual(43);
    await shown.getByRole('button', { name: "J'ai copié le secret" }).click();
    await expect(shown).toBeHidden();

    // The integrator's side: client credentials, then a read its scope allows and a write it does not.
    const token = await request.post('/api/v1/auth/token', {
      form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
    });
    expect(token.ok(), await token.text()).toBeTruthy();
    const { access_token: accessToken, scope } = (await token.json()) as { access_token: string; scope: string };
    expect(scope).toBe('clients:read deposits:write');
    const headers = { Authorization: `Bearer ${accessToken}` };
    const clients = await request.get('/api/v1/clients?pageSize=5', { headers });
    expect(clients.ok(), await clients.text()).toBeTruthy();
    expect(((await clients.json()) as { totalCount: number }).totalCount).toBeGreaterThan(0);
    const loans = await request.get('/api/v1/loans', { headers });
    expect(loans.status()).toBe(403);
    expect(((await loans.json()) as { requiredScope: string }).requiredScope).toBe('loans:read');

    // The list shows when it last got a token; it fits a phone.
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('clients:read');
    await expect(row).toContainText('60 / min');
    await expect(row).not.toContainText('—');
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(row).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scroll on a 360 px phone').toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Revoked: its token is refused at once.
    await row.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('button', { name: 'Révoquer' }).click();
    const confirm = page.getByRole('dialog', { name: 'Révoquer le client API' });
    await confirm.getByRole('button', { name: 'Révoquer' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText('Révoqué');
    expect((await request.get('/api/v1/clients', { headers })).status()).toBe(401);
  });
});
