import { expect, test } from '@playwright/test';

import { signIn, signOut } from '../support/session';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('at 360 px the menu is collapsed, nothing overflows, and logout works', async ({ page }) => {
  const displayName = await signIn(page);

  const menuButton = page.getByRole('button', { name: 'Ouvrir ou fermer le menu' });
  await expect(menuButton).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tableau de bord' })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await menuButton.click();
  await expect(page.getByRole('link', { name: 'Tableau de bord' })).toBeVisible();

  await signOut(page, displayName);
});
