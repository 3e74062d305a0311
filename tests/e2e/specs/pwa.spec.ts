import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { AGENT } from '../support/banking';
import { signIn, signOut } from '../support/session';

/** The built SPA, which the API under test serves from the disk (scripts/e2e.sh). */
const dist = new URL('../../../frontend/dist/', import.meta.url);

/** Its hashed files, every page's chunk among them. */
const builtAssets = readdirSync(new URL('assets/', dist)).filter((name) => /\.(js|css)$/.test(name));

/** The paths held by the service worker's caches (run in the page). */
async function cachedPaths() {
  const paths: string[] = [];
  for (const name of await caches.keys())
    for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
  return paths;
}

test('the installed app opens offline after one visit, with every page precached and nothing of the API', async ({ page, context }) => {
  await page.goto('/login');
  const manifest = await page.request.get(await page.locator('link[rel="manifest"]').getAttribute('href') ?? '');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  expect(await manifest.json()).toMatchObject({ name: 'Microfinance', lang: 'fr', display: 'standalone', start_url: '/' });

  // Installed once its precache is complete; it serves the pages from the next load on.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);

  // An online session under the service worker: the API answers pass through it, none is kept.
  const displayName = await signIn(page, AGENT);
  const cached = await page.evaluate(cachedPaths);
  expect(cached.filter((path) => path.startsWith('/api/'))).toEqual([]);
  expect(builtAssets.filter((name) => !cached.includes(`/assets/${name}`))).toEqual([]);
  await signOut(page, displayName);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  // A page's address never opened online still gets the app: signed out and with no server, it says why it cannot open.
  await page.goto('/tontines');
  await expect(page.getByRole('heading', { name: 'Ouvrir hors ligne' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('connectez-vous en ligne une première fois');
  // The server's own paths never get the app shell: offline, they fail as the network does.
  for (const path of ['/api/v1/dashboard', '/health/live']) await expect(page.goto(path)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await context.setOffline(false);
});

test('a new version waits for the user: the banner offers it, and nothing reloads under their fingers', async ({ page }) => {
  await page.goto('/login');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  const username = page.getByLabel("Nom d'utilisateur");
  await username.fill(AGENT.username);

  // The next deployment, as the server will serve it: a service worker that differs by one line.
  const serviceWorker = new URL('sw.js', dist);
  const deployed = readFileSync(serviceWorker, 'utf8');
  writeFileSync(serviceWorker, `${deployed}\n// the next version\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  } finally {
    writeFileSync(serviceWorker, deployed);
  }

  const banner = page.getByRole('status').filter({ hasText: 'Une nouvelle version est disponible' });
  await expect(banner).toBeVisible();
  await expect(username).toHaveValue(AGENT.username);

  await banner.getByRole('button', { name: 'Recharger' }).click();
  await expect(banner).toBeHidden();
  await expect(username).toHaveValue('');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
});
