import { expect, test } from '@playwright/test';

import { signIn } from '../support/session';

test("l'administrateur de la plateforme lance une tâche planifiée et voit son exécution dans l'historique", async ({
  page,
}) => {
  await signIn(page, { username: 'platform.admin', password: 'Demo#2026' });

  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'Tâches planifiées' }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tâches planifiées' })).toBeVisible();

  // The server's scheduler fired every job at start: each has a last run and a next one.
  const reminders = page.getByRole('row').filter({ hasText: 'reminders' });
  await expect(reminders).toContainText('Réussie');
  await expect(reminders).toContainText('Toutes les 30 min');

  await reminders.getByRole('button', { name: 'Lancer maintenant' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('une fois');
  await dialog.getByRole('button', { name: 'Lancer maintenant' }).click();
  await expect(page.getByText(/est lancée/)).toBeVisible();

  // The history polls; the manual run shows once it has ended.
  const history = page.getByRole('region', { name: /^Exécutions/ });
  await expect(history.getByRole('cell', { name: 'Manuel' })).toBeVisible({ timeout: 20_000 });
});
