import { expect, test, type Page } from '@playwright/test';

import { AGENT } from '../support/banking';
import { signIn } from '../support/session';

/** The user whose offline credential the phone keeps (localStorage `microfinance.offlineCredential`), if any. */
function keptCredential(page: Page) {
  return page.evaluate(() => {
    const stored = localStorage.getItem('microfinance.offlineCredential');
    return stored ? (JSON.parse(stored) as { username: string; verifier?: string }) : null;
  });
}

// Issue 19: an agent who signed in online on this phone opens the app without network with their password. The reload
// offline needs the service worker (the app shell precached by vite-plugin-pwa); the API is not cached, so the app
// cannot reach it and offers the offline sign-in.
test('an agent signed in online opens the app offline with their password; a wrong one is refused', async ({
  page,
  context,
}) => {
  const displayName = await signIn(page, AGENT);
  // The verifier is derived (PBKDF2) once the profile has loaded, and the service worker must control the page.
  await expect.poll(async () => (await keptCredential(page))?.username).toBe(AGENT.username);
  const kept = await keptCredential(page);
  expect(kept?.verifier).toBeTruthy();
  expect(JSON.stringify(kept)).not.toContain(AGENT.password);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Ouvrir hors ligne' })).toBeVisible();
  await expect(page.getByLabel("Nom d'utilisateur")).toHaveValue(AGENT.username);

  await page.getByLabel('Mot de passe').fill('not-the-password');
  await page.getByRole('button', { name: 'Ouvrir hors ligne' }).click();
  await expect(page.getByText('Mot de passe incorrect. Encore 4 essais avant une attente.')).toBeVisible();

  await page.getByLabel('Mot de passe').fill(AGENT.password);
  await page.getByRole('button', { name: 'Ouvrir hors ligne' }).click();

  // The offline session: the agent's offline home, under the app's bar with the name cached at the online sign-in.
  await expect(page).toHaveURL(/\/offline$/);
  await expect(page.getByText(/Hors ligne\s*: session ouverte sur ce téléphone/)).toBeVisible();
  await expect(page.getByRole('button', { name: displayName })).toBeAttached();

  // A page that needs the API says so at once instead of waiting for it.
  await page.getByRole('link', { name: 'Microfinance' }).click();
  await expect(page.getByText(/Hors ligne\s*: cette page a besoin du réseau/)).toBeVisible();
});
