import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Browsers are never downloaded on our machines (install with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): Debian's Chromium
// runs the tests. Elsewhere (GitHub's runners) CHROMIUM_PATH or Playwright's own Chromium is used.
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './specs',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['junit', { outputFile: 'test-results/junit.xml' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080',
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // The browser of a user in Benin speaks French, as the SPA does: `locale` for what pages read (Accept-Language,
    // Intl), LANGUAGE below for Chromium's own widgets — a date field reads jj/mm/aaaa, not mm/dd/yyyy (on Linux
    // Chromium takes its language from the environment, and needs its French resources: Debian's chromium-l10n).
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      env: { ...process.env, LANGUAGE: 'fr' },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
