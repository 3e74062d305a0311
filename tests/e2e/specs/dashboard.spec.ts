import { expect, test } from '@playwright/test';

import { signIn, signOut } from '../support/session';

const PASSWORD = 'Demo#2026';

/** Each role lands on its own figures, read from the demo data: a figure its dashboard alone shows, and its charts drawn. */
const ROLES = [
  { username: 'agent', figure: "Collecté aujourd'hui", charts: 0 },
  { username: 'supervisor', figure: 'Encours de crédit', charts: 3 },
  { username: 'sfd.admin', figure: 'Comparaison des agences', charts: 3 },
  { username: 'accountant', figure: 'Écritures du mois', charts: 1 },
  { username: 'auditor', figure: 'Contre-passations du mois', charts: 1 },
];

for (const role of ROLES) {
  test(`${role.username} lands on their dashboard with real figures`, async ({ page }) => {
    const displayName = await signIn(page, { username: role.username, password: PASSWORD });
    await expect(page.getByText(role.figure, { exact: true }).first()).toBeVisible();
    await expect(page.locator('.recharts-wrapper')).toHaveCount(role.charts);
    await signOut(page, displayName);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const username of ['agent', 'supervisor']) {
    test(`${username}'s dashboard fits 360 px`, async ({ page }) => {
      const displayName = await signIn(page, { username, password: PASSWORD });
      await expect(page.getByText(/, au \d+/)).toBeVisible();
      if (username === 'agent') await expect(page.getByRole('link', { name: 'Dépôt ou retrait' })).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.getByRole('button', { name: 'Ouvrir ou fermer le menu' }).click();
      await signOut(page, displayName);
    });
  }
});
