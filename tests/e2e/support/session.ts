import { expect, type Page } from '@playwright/test';

/** The demo administrator seeded by the backend. */
export const SFD_ADMIN = { username: 'sfd.admin', password: 'Demo#2026' };

export async function fillLoginForm(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel("Nom d'utilisateur").fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs in through the login page and returns the display name the API gave for the user. */
export async function signIn(page: Page, { username, password } = SFD_ADMIN) {
  const me = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/me') && response.ok());
  await fillLoginForm(page, username, password);
  const { displayName } = (await (await me).json()) as { displayName: string };
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour, ${displayName}` })).toBeVisible();
  return displayName;
}

export async function signOut(page: Page, displayName: string) {
  const logout = page.getByRole('button', { name: 'Se déconnecter' });
  // On a phone the user menu sits in the collapsing navbar: a click while it still slides open lands beside the entry
  // (a CI run once clicked « Se déconnecter » 150 ms after opening the menu, and nothing happened). So: wait for the
  // slide to end, open the user menu if it is closed, click, and try again until the login page shows.
  await expect(async () => {
    if (/\/login$/.test(page.url())) return;
    await expect(page.locator('.collapsing')).toHaveCount(0, { timeout: 2_000 });
    if (!(await logout.isVisible())) await page.getByRole('button', { name: displayName }).click({ timeout: 2_000 });
    await logout.click({ timeout: 2_000 });
    await expect(page).toHaveURL(/\/login$/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
}
