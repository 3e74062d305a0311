import { mkdirSync, writeFileSync } from 'node:fs';

import { expect, test, type Response } from '@playwright/test';

import { AGENT } from '../support/banking';

/**
 * A field agent's first visit on a slow link (issue 19): the JavaScript the sign-in page and then the agent's dashboard
 * download, gzipped, stays within 300 KB. The network is Chromium's own throttling, set through the DevTools protocol:
 * "Slow 3G"-like, 400 ms round trip and 400 kbit/s each way (DevTools' preset shapes 500 kbit/s down after its latency
 * factor; ours is slower). The bytes are asserted; the times are measured and printed, never asserted (timings on a
 * shared machine are not a test) — bench/RESULTS.md records them. The service worker is blocked here: its precache of
 * every page runs in the background after the first screen and is reported apart (docs/offline.md).
 */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const BUDGET_BYTES = 300 * 1000;

test.use({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("an agent's first screen downloads at most 300 KB of gzipped JavaScript on a slow link", async ({ page, context }) => {
  test.setTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);

  const scripts: Response[] = [];
  let phase: 'login' | 'dashboard' | 'after' = 'login';
  const phaseOf = new Map<Response, string>();
  page.on('response', (response) => {
    if (phase === 'after' || response.request().resourceType() !== 'script') return;
    scripts.push(response);
    phaseOf.set(response, phase);
  });

  const start = Date.now();
  await page.goto('/login');
  const signInButton = page.getByRole('button', { name: 'Se connecter' });
  await signInButton.click({ trial: true });
  const loginReady = Date.now();

  phase = 'dashboard';
  await page.getByLabel("Nom d'utilisateur").fill(AGENT.username);
  await page.getByLabel('Mot de passe').fill(AGENT.password);
  const clicked = Date.now();
  await signInButton.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Bonjour, / })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Dépôt ou retrait' }).click({ trial: true, timeout: 120_000 });
  const dashboardReady = Date.now();
  phase = 'after';

  const sized = await Promise.all(
    scripts.map(async (response) => ({
      url: new URL(response.url()).pathname,
      phase: phaseOf.get(response)!,
      encoding: (await response.allHeaders())['content-encoding'] ?? 'identity',
      bytes: (await response.request().sizes()).responseBodySize,
    })),
  );
  const total = (filter: (s: (typeof sized)[number]) => boolean) => sized.filter(filter).reduce((sum, s) => sum + s.bytes, 0);
  const result = {
    network: 'CDP Network.emulateNetworkConditions: 400 ms latency, 400 kbit/s down, 400 kbit/s up',
    scripts: sized.length,
    loginBytes: total((s) => s.phase === 'login'),
    dashboardBytes: total((s) => s.phase === 'dashboard'),
    totalBytes: total(() => true),
    loginInteractiveMs: loginReady - start,
    signInToDashboardMs: dashboardReady - clicked,
    totalInteractiveMs: dashboardReady - start - (clicked - loginReady),
  };
  console.log(`first load (agent, Slow 3G-like): ${JSON.stringify(result)}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/first-load.json', `${JSON.stringify({ ...result, files: sized }, null, 2)}\n`);

  // Sent compressed: without it the same screen is about three times the bytes.
  expect(sized.filter((s) => s.encoding !== 'gzip').map((s) => s.url)).toEqual([]);
  expect(result.totalBytes).toBeLessThanOrEqual(BUDGET_BYTES);
});
