import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const pages = { agent: ['/', '/transactions'], supervisor: ['/', '/transactions', '/approvals'], 'sfd.admin': ['/', '/categories', '/rapports?report=par-by-branch'], accountant: ['/'], auditor: ['/', '/audit'] };
for (const [user, urls] of Object.entries(pages)) {
  for (const width of [1280, 360]) {
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(base + '/login');
    await page.getByLabel("Nom d'utilisateur").fill(user);
    await page.getByLabel('Mot de passe').fill('Demo#2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    for (const url of urls) {
      await page.goto(base + url);
      await page.waitForTimeout(2500);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      const name = `${user}-${width}-${url.replace(/[^a-z]+/g, '_')}.png`;
      await page.screenshot({ path: `/tmp/walk/${name}`, fullPage: true });
      console.log(name, 'scrollWidth', overflow);
    }
    await context.close();
  }
}
await browser.close();
