import { readFile } from 'node:fs/promises';

import { expect, test, type Page } from '@playwright/test';

import { as, SUPERVISOR } from '../support/banking';
import { signIn, signOut } from '../support/session';

/** Saves the download a click starts and returns its name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const started = page.waitForEvent('download');
  await click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('a supervisor filters the situation report, exports it as CSV, and downloads the same file again from the history', async ({
  page,
}) => {
  await as(page, SUPERVISOR, async () => {
    await page.getByRole('link', { name: 'Rapports' }).click();
    await page.getByRole('link', { name: /Situation des clients/ }).click();
    await page.getByLabel('Statut').selectOption({ label: 'Actif' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/report=client-balances.*status=Active/);
    await expect(page.getByText('Épargne', { exact: true }).first()).toBeVisible();
    const rows = page.getByRole('row');
    await expect(rows.nth(1)).toContainText('Actif');
    await expect(page.getByRole('row').filter({ hasText: "Pièce d'identité attendue" })).toHaveCount(0);

    const exported = await download(page, () => page.getByRole('button', { name: 'CSV', exact: true }).click());
    expect(exported.name).toMatch(/^client-balances-\d{8}-\d{6}\.csv$/);
    const text = exported.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFN° client,Client,Agence,Agent,Statut,Comptes,Épargne,Encours de crédit\r\n')).toBe(true);
    expect(text).not.toContain("Pièce d'identité attendue");

    const history = page.getByRole('region', { name: 'Historique des exports' });
    const run = history.getByRole('row').filter({ hasText: 'CSV' }).first();
    await expect(run).toContainText('Statut : Actif');
    const again = await download(page, () => run.getByRole('button', { name: /Télécharger/ }).click());
    expect(again.name).toBe(exported.name);
    expect(again.bytes.equals(exported.bytes)).toBe(true);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('at 360 px the report reads as cards and nothing overflows sideways', async ({ page }) => {
    const displayName = await signIn(page, SUPERVISOR);
    await page.goto('/rapports?report=portfolio-ageing');
    await expect(page.getByRole('heading', { name: 'Vieillissement du portefeuille' })).toBeVisible();
    await expect(page.getByText('Jours de retard').first()).toBeVisible();
    // Below the filters on a phone: reachable by scrolling down, never sideways.
    await page.getByRole('button', { name: 'PDF', exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'PDF', exact: true })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The user menu sits in the collapsed navbar.
    await page.getByRole('button', { name: 'Ouvrir ou fermer le menu' }).click();
    await signOut(page, displayName);
  });
});
