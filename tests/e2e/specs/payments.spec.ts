import { expect, test } from '@playwright/test';

import { AGENT, as, closingBalance, createClient, SUPERVISOR } from '../support/banking';
import { accountBalance, askForMobileMoneyDeposit, closeDialog, openActiveAccount } from '../support/payments';

// The sandbox provider answers each payment with a signed webhook sent over HTTP to the API about 1.5 s after the
// payment is made; its payer's number decides the outcome (docs/payments.md). Each journey makes its own client.
test.describe.configure({ timeout: 120_000 });

test('an agent takes a mobile-money deposit: pending, then succeeded without a reload, and the balance and the statement follow', async ({
  page,
}) => {
  await as(page, AGENT, async () => {
    await createClient(page);
    const account = await openActiveAccount(page);
    await expect(accountBalance(page)).toHaveText(/^0\sFCFA$/);
    // Set on this very document: still there at the end, the page was never reloaded.
    await page.evaluate(() => Object.assign(window, { e2eSameDocument: true }));

    const dialog = await askForMobileMoneyDeposit(page, '50 000');
    const status = dialog.getByRole('status');
    await expect(status).toContainText('En attente de la validation du payeur…');
    await expect(dialog).toContainText('reçoit une demande de paiement de 50 000 XOF');
    await expect(dialog.locator('.badge', { hasText: 'En attente' })).toBeVisible();

    await expect(status).toContainText(`Paiement reçu : 50 000 FCFA déposés sur le compte ${account.number}.`);
    await expect(dialog.locator('.badge', { hasText: 'Réussi' })).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'Voir le reçu' })).toBeVisible();
    await closeDialog(dialog);

    await expect(accountBalance(page)).toHaveText(/^50\s000\sFCFA$/);
    await expect(closingBalance(page)).toContainText('50 000 FCFA');
    const statement = page.getByRole('region', { name: 'Relevé de compte' });
    const movement = statement.getByRole('row', { name: /Dépôt/ });
    await expect(movement).toContainText('Mobile money');
    await expect(movement).toContainText('50 000 FCFA');
    expect(await page.evaluate(() => 'e2eSameDocument' in window)).toBe(true);

    // The payment's page tells its history.
    await page.getByRole('link', { name: 'Paiements' }).click();
    const row = page.getByRole('region', { name: 'Tous les paiements' }).getByRole('row').filter({ hasText: account.number });
    await expect(row).toContainText('Réussi');
    await row.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Paiement mobile money' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Historique' });
    await expect(history).toContainText('Demande envoyée au payeur');
    await expect(history).toContainText("Notification reçue de l'opérateur");
    await expect(history).toContainText('Comptabilisé');
  });
});

test('a payment that arrives 100 FCFA short is flagged, and a supervisor posts what arrived', async ({ page }) => {
  const account = await as(page, AGENT, async () => {
    await createClient(page);
    const opened = await openActiveAccount(page);

    const dialog = await askForMobileMoneyDeposit(page, '50 000', '+22997000004');
    const status = dialog.getByRole('status');
    await expect(status).toContainText('Paiement signalé — Montant reçu différent');
    await expect(status).toContainText('Reçu : 49 900 FCFA ; demandé : 50 000 FCFA.');
    await closeDialog(dialog);
    await expect(accountBalance(page)).toHaveText(/^0\sFCFA$/);
    return opened;
  });

  await as(page, SUPERVISOR, async () => {
    await page.getByRole('link', { name: 'Paiements' }).click();
    const filters = page.getByRole('form', { name: 'Filtres des paiements' });
    await filters.getByLabel('Statut').selectOption({ label: 'Signalé' });
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    const row = page.getByRole('region', { name: 'Tous les paiements' }).getByRole('row').filter({ hasText: account.number });
    await expect(row).toContainText('Montant reçu différent');
    await row.getByRole('link').first().click();

    await expect(page.getByRole('heading', { level: 1, name: 'Paiement mobile money' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Paiement signalé');
    await page.getByRole('button', { name: 'Comptabiliser le montant reçu' }).click();
    const resolve = page.getByRole('dialog', { name: 'Comptabiliser le montant reçu' });
    await expect(resolve).toContainText('Comptabiliser les 49 900 FCFA reçus (au lieu des 50 000 FCFA demandés)');
    await resolve.getByLabel('Motif').fill("Le client confirme l'envoi : écart de frais de l'opérateur");
    await resolve.getByRole('button', { name: 'Comptabiliser' }).click();
    await expect(resolve).toBeHidden();

    await expect(page.getByRole('status')).toContainText(
      `Paiement reçu : 49 900 FCFA déposés sur le compte ${account.number}.`,
    );
    await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Résolu par un superviseur');
    await page.getByRole('link', { name: account.number }).click();
    await expect(accountBalance(page)).toHaveText(/^49\s900\sFCFA$/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('at 360 px the payments list and a payment fit the screen, nothing overflowing sideways', async ({ page }) => {
    await as(page, SUPERVISOR, async () => {
      await page.goto('/paiements');
      await expect(page.getByRole('heading', { level: 1, name: 'Paiements mobile money' })).toBeVisible();
      const list = page.getByRole('region', { name: 'Tous les paiements' });
      await expect(list.getByRole('table')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Paiements orphelins' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const first = list.getByRole('row').nth(1).getByRole('link').first();
      if (await first.isVisible()) {
        await first.click();
        await expect(page.getByRole('heading', { level: 1, name: 'Paiement mobile money' })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      }
      // The user menu (to sign out) sits in the collapsed navbar.
      await page.getByRole('button', { name: 'Ouvrir ou fermer le menu' }).click();
    });
  });
});
