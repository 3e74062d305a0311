import { expect, test } from '@playwright/test';

import { signIn } from '../support/session';

test('the SFD administrator finds the agent in the users list', async ({ page }) => {
  await signIn(page);

  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'Utilisateurs' }).click();

  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeVisible();
  // Searching keeps the check independent of how many users the demo data holds.
  await page.getByRole('searchbox', { name: /Rechercher/ }).fill('agent');
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await expect(page.getByRole('cell', { name: 'agent', exact: true })).toBeVisible();
});
