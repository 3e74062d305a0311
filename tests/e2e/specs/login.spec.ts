import { expect, test } from '@playwright/test';

import { fillLoginForm, SFD_ADMIN, signIn, signOut } from '../support/session';

// The refused attempt runs before the successful sign-in, which resets the account's failed-attempt count.
test('a wrong password shows the error and stays on the login page', async ({ page }) => {
  await fillLoginForm(page, SFD_ADMIN.username, 'not-the-password');

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeEnabled();
});

test('the SFD administrator signs in, sees the dashboard and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);

  const displayName = await signIn(page);

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('SFD Démo')).toBeVisible();
  // The bar names the user; their menu, their roles.
  await page.getByRole('button', { name: displayName }).click();
  await expect(page.getByRole('navigation').getByText('Administrateur SFD')).toBeVisible();

  await signOut(page, displayName);
});
