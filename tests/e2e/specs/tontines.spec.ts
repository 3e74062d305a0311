import { expect, test } from '@playwright/test';

import { AGENT, as, createClient, SUPERVISOR } from '../support/banking';
import { SFD_ADMIN } from '../support/session';
import {
  bookletCells,
  closeDialog,
  collectDays,
  createOpenTontine,
  openTontinesMenu,
  savedBalance,
} from '../support/tontines';

// The journey passes between three members of staff and collects 35 days: longer than a single page's test.
test.describe.configure({ timeout: 180_000 });

test("une adhésion à la tontine, ses frais en espèces, 35 jours collectés sur deux cycles, puis un retrait validé par un superviseur", async ({
  page,
}) => {
  // A tontine and a client of the journey's own: it runs on any demo database, however many times.
  const tontine = await as(page, SFD_ADMIN, () => createOpenTontine(page));

  const { client, participantUrl } = await as(page, AGENT, async () => {
    const client = await createClient(page);

    // The adhesion: the client, then the tontine and a daily amount, first outside the tontine's bounds.
    await openTontinesMenu(page, 'Adhésions', 'Adhésions aux tontines');
    await page.getByRole('button', { name: 'Nouvelle adhésion' }).click();
    const pick = page.getByRole('dialog', { name: 'Nouvelle adhésion' });
    await pick.getByRole('searchbox').fill(client.replace('Afiavi ', ''));
    await pick.getByRole('button', { name: 'Rechercher' }).click();
    await pick.getByRole('radio', { name: new RegExp(client) }).check();
    await pick.getByRole('button', { name: 'Suivant' }).click();

    const form = page.getByRole('dialog', { name: `Adhésion de ${client}` });
    await form.getByLabel('Tontine').selectOption({ label: tontine.label });
    await expect(form).toContainText("Entre 500 FCFA et 5 000 FCFA par jour. Frais d'adhésion : 1 000 FCFA.");
    await form.getByLabel('Mise journalière (FCFA)').fill('100');
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await expect(form.getByRole('alert')).toContainText('La mise journalière doit être comprise entre');
    await form.getByLabel('Mise journalière (FCFA)').fill('1 000');
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await closeDialog(page.getByRole('dialog', { name: "Demande d'adhésion enregistrée" }));

    // Requested first: validated, then its fee taken in cash, which makes the participant.
    const requested = page.getByRole('row').filter({ hasText: client });
    await expect(requested).toContainText('Demandée');
    await requested.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('dialog', { name: "Valider l'adhésion" }).getByRole('button', { name: 'Valider' }).click();
    await expect(requested).toBeHidden();

    await page.getByRole('combobox', { name: 'Filtrer par statut' }).selectOption('Validated');
    const validated = page.getByRole('row').filter({ hasText: client });
    await validated.getByRole('button', { name: 'Frais en espèces' }).click();
    await page
      .getByRole('dialog', { name: "Frais d'adhésion en espèces" })
      .getByRole('button', { name: 'Encaisser' })
      .click();
    const paid = page.getByRole('dialog', { name: "Frais d'adhésion encaissés" });
    await expect(paid.getByRole('status')).toContainText(`1 000 FCFA encaissés : ${client} participe désormais`);
    await paid.getByRole('link', { name: 'Voir le carnet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${client} — ${tontine.name}` })).toBeVisible();
    await expect(savedBalance(page)).toHaveText('0 FCFA');

    // 31 days fill the first cycle, its first cell the collector's commission; 4 more start the second.
    const first = await collectDays(page, client, 31, '31 000');
    await expect(first).toContainText('Cycle 1, cases 1 à 31');
    await expect(first).toContainText('Dont commission1 000 FCFA');
    await expect(first).toContainText('Nouvelle épargne disponible30 000 FCFA');
    await closeDialog(first);
    const second = await collectDays(page, client, 4, '4 000');
    await expect(second).toContainText('Cycle 2, cases 1 à 4');
    await expect(second).toContainText('Dont commission1 000 FCFA');
    await expect(second).toContainText('Dont épargne3 000 FCFA');
    await closeDialog(second);
    await expect(savedBalance(page)).toHaveText('33 000 FCFA');

    // The booklet opens on the current cycle: 2 of 2, its commission cell and 3 saved days filled.
    const cycles = page.getByRole('navigation', { name: 'Cycles du carnet' });
    await expect(cycles).toContainText('Cycle 2 / 2');
    await expect(bookletCells(page)).toHaveCount(31);
    await expect(bookletCells(page).first()).toHaveAccessibleName(/^Case 1, Commission, collectée le /);
    await expect(bookletCells(page).nth(3)).toHaveAccessibleName(/^Case 4, collectée le /);
    await expect(bookletCells(page).nth(4)).toHaveAccessibleName('Case 5, vide');
    await cycles.getByRole('button', { name: 'Précédent' }).click();
    await expect(cycles).toContainText('Cycle 1 / 2');
    await expect(bookletCells(page).first()).toHaveAccessibleName(/^Case 1, Commission, collectée le /);
    await expect(bookletCells(page).nth(30)).toHaveAccessibleName(/^Case 31, collectée le /);
    await expect(page.getByRole('region', { name: 'Historique des collectes' }).getByRole('row')).toHaveCount(3);

    // The daily round: the client paid today.
    const participantUrl = page.url();
    await openTontinesMenu(page, 'Ma tournée', 'Ma tournée');
    await expect(page.getByRole('row').filter({ hasText: client })).toContainText('Payé 35 000 FCFA');
    await page.goto(participantUrl);

    // A withdrawal waits for someone else: the savings do not move yet.
    await page.getByRole('button', { name: 'Demander un retrait' }).click();
    const withdrawal = page.getByRole('dialog', { name: `Retrait d'épargne — ${client}` });
    await withdrawal.getByLabel('Montant (FCFA)').fill('50 000');
    await withdrawal.getByRole('button', { name: 'Demander le retrait' }).click();
    await expect(withdrawal.getByLabel('Montant (FCFA)')).toHaveAccessibleDescription(
      /Le montant dépasse l'épargne disponible/,
    );
    await withdrawal.getByLabel('Montant (FCFA)').fill('10 000');
    await withdrawal.getByRole('button', { name: 'Demander le retrait' }).click();
    await closeDialog(page.getByRole('dialog', { name: 'Retrait en attente de validation' }));
    const pending = page.getByRole('region', { name: 'Retraits de tontine en attente de validation' });
    await expect(pending).toContainText('10 000 FCFA');
    await expect(savedBalance(page)).toHaveText('33 000 FCFA');
    return { client, participantUrl };
  });

  await as(page, SUPERVISOR, async () => {
    await page.getByRole('link', { name: 'À valider', exact: true }).click();
    const pending = page.getByRole('region', { name: 'Retraits de tontine en attente de validation' });
    const row = pending.getByRole('row').filter({ hasText: client });
    await expect(row).toContainText('10 000 FCFA');
    await row.getByRole('button', { name: 'Valider' }).click();
    await page
      .getByRole('dialog', { name: 'Valider le retrait de tontine' })
      .getByRole('button', { name: 'Valider' })
      .click();
    await expect(row).toBeHidden();

    await page.goto(participantUrl);
    await expect(savedBalance(page)).toHaveText('23 000 FCFA');
    await expect(page.getByText('Retraits versés', { exact: true }).locator('+ dd')).toHaveText('10 000 FCFA');

    // On a phone the booklet is a grid of six columns within the screen, not a table that scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(bookletCells(page)).toHaveCount(31);
    const rights = await bookletCells(page).evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Back to a laptop's width, where the menu (and its sign-out) is not collapsed.
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
