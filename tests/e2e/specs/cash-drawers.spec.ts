import { expect, test } from '@playwright/test';

import { AGENT, as, postMovement, SUPERVISOR } from '../support/banking';

test.describe.configure({ timeout: 120_000 });

test("une caisse ouverte avec un fonds compté, un dépôt en espèces, une clôture avec un manquant, validée par un superviseur", async ({
  page,
}) => {
  await as(page, AGENT, async () => {
    // On a cashier's phone (signing in and out happen at the desk's width, where the menu is open).
    await page.setViewportSize({ width: 360, height: 740 });
    // Opening: 2 notes of 10 000 and one coin of 500, totalled as typed.
    await page.goto('/caisse');
    await expect(page.getByRole('heading', { level: 1, name: 'Ma caisse' })).toBeVisible();
    await page.getByLabel('Billet de 10 000').fill('2');
    await page.getByLabel('Pièce de 500').fill('1');
    await expect(page.getByRole('status')).toContainText('20 500 FCFA');
    await page.getByRole('button', { name: /^Ouvrir la caisse/ }).click();
    const open = page.getByRole('region', { name: 'Caisse ouverte' });
    await expect(open).toContainText('20 500 FCFA');

    // A cash deposit on an active demo account counts against the drawer.
    await page.goto('/accounts');
    await page.getByRole('row').filter({ hasText: 'Actif' }).first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Compte / })).toBeVisible();
    await postMovement(page, 'Dépôt', '15 000', 'receipt');

    await page.goto('/caisse');
    await expect(page.getByRole('region', { name: 'Caisse ouverte' })).toContainText('35 500 FCFA');

    // Closing 1 000 short: the difference is shown before confirming.
    await page.getByLabel('Billet de 10 000').fill('3');
    await page.getByLabel('Billet de 2 000').fill('2');
    await page.getByLabel('Pièce de 500').fill('1');
    await expect(page.getByTestId('live-difference')).toContainText('Manquant de 1 000 FCFA');
    await page.getByLabel("Note (en cas d'écart)").fill('Billet de 1 000 introuvable');
    await page.getByRole('button', { name: 'Clôturer la caisse' }).click();
    const confirm = page.getByRole('dialog', { name: 'Clôturer la caisse' });
    await expect(confirm).toContainText('Manquant de 1 000 FCFA');
    await confirm.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Votre caisse est clôturée' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scroll on a 360 px phone').toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await as(page, SUPERVISOR, async () => {
    await page.goto('/approvals');
    const closed = page.getByRole('region', { name: 'Caisses clôturées à valider' });
    const row = closed.getByRole('row').filter({ hasText: 'Billet de 1 000 introuvable' });
    await expect(row).toContainText('Manquant de 1 000 FCFA');
    await row.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('dialog', { name: 'Valider la clôture de caisse' }).getByRole('button', { name: 'Valider' }).click();
    await expect(row).toBeHidden();
  });
});
