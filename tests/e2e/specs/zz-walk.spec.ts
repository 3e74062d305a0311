import { test } from '@playwright/test';
import { signIn, SFD_ADMIN } from '../support/session';

const pages = ['/tontines', '/tontines/adhesions', '/tontines/tournee', '/approvals'];
for (const role of ['agent', 'supervisor', 'sfd.admin', 'accountant', 'auditor']) {
  for (const width of [1280, 360]) {
    test(`walk ${role} ${width}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await signIn(page, { username: role, password: SFD_ADMIN.password });
      for (const path of pages) {
        await page.goto(path);
        await page.waitForTimeout(1200);
        await page.screenshot({ path: `/tmp/walk/${role}-${width}-${path.replaceAll('/', '_')}.png`, fullPage: true });
      }
      // A demo participant's page.
      const token = await page.evaluate(() => sessionStorage.getItem('mf.accessToken') ?? localStorage.getItem('mf.accessToken'));
      await page.goto('/tontines');
      await page.waitForTimeout(800);
      const link = page.getByRole('link', { name: /Koffi|Adjoa|Aminata|Afi|Yao|Kossi|Ama|Akossiwa|Fatou|Mariam|Rachida|Kodjo|Essi|Abla/ }).first();
      if (await link.count()) {
        await link.click();
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `/tmp/walk/${role}-${width}-participant.png`, fullPage: true });
        const collect = page.getByRole('button', { name: 'Collecter', exact: true });
        if (await collect.count()) {
          await collect.first().click();
          await page.waitForTimeout(600);
          await page.screenshot({ path: `/tmp/walk/${role}-${width}-collect.png`, fullPage: true });
        }
      }
      void token;
    });
  }
}
