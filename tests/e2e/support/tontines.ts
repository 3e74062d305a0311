import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a page of the Tontines menu ("Ma tournée", "Adhésions", "Tontines et participants"). */
export async function openTontinesMenu(page: Page, entry: string, heading: string) {
  await page.getByRole('button', { name: 'Tontines', exact: true }).click();
  await page.getByRole('link', { name: entry, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/**
 * As the SFD administrator: a tontine of the journey's own (unique code), 500 to 5 000 FCFA a day, 1 000 FCFA to join,
 * cycles of 31 days, created as a draft then opened to adhesions. Returns its name and its label in the adhesion form.
 */
export async function createOpenTontine(page: Page) {
  const code = `T${Date.now().toString().slice(-9)}`;
  const name = `Tontine ${code}`;
  await openTontinesMenu(page, 'Tontines et participants', 'Tontines');
  await page.getByRole('button', { name: 'Nouvelle tontine' }).click();

  const dialog = page.getByRole('dialog', { name: 'Nouvelle tontine' });
  await dialog.getByLabel('Code', { exact: true }).fill(code);
  await dialog.getByLabel('Nom', { exact: true }).fill(name);
  await dialog.getByLabel('Mise journalière minimum (FCFA)').fill('500');
  await dialog.getByLabel('Mise journalière maximum (FCFA)').fill('5 000');
  await dialog.getByLabel("Frais d'adhésion (FCFA)").fill('1 000');
  await expect(dialog.getByLabel('Durée du cycle (jours)')).toHaveValue('31');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Brouillon');
  await row.getByRole('button', { name: 'Ouvrir' }).click();
  const confirm = page.getByRole('dialog', { name: `Ouvrir la tontine ${name}` });
  await expect(confirm).toContainText('Son cycle de 31 jours ne pourra plus changer');
  await confirm.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Ouverte');
  return { name, label: `${name} (${code})` };
}

/** Closes a dialog by its footer's button (the header's close button has the same name, and no text). */
export async function closeDialog(dialog: Locator) {
  await dialog.getByText('Fermer', { exact: true }).click();
  await expect(dialog).toBeHidden();
}

/**
 * On the participant's page: collects `days` days in cash through the review (which shows the total), and returns the
 * receipt's dialog, still open.
 */
export async function collectDays(page: Page, client: string, days: number, total: string) {
  await page.getByRole('button', { name: 'Collecter', exact: true }).click();
  const form = page.getByRole('dialog', { name: `Collecte — ${client}` });
  await form.getByLabel('Jours', { exact: true }).fill(String(days));
  await expect(form.getByRole('status')).toContainText(`= ${total} FCFA`);
  await form.getByRole('button', { name: 'Vérifier' }).click();

  const review = page.getByRole('dialog', { name: `Collecte — ${client}` });
  await expect(review).toContainText(`${total} FCFA`);
  await expect(review).toContainText('Espèces');
  await review.getByRole('button', { name: 'Confirmer' }).click();

  const receipt = page.getByRole('dialog', { name: 'Reçu de collecte' });
  await expect(receipt.getByRole('status')).toContainText(`${total} FCFA collectés pour ${client}`);
  return receipt;
}

/** The value of a labelled line of the participant's summary (e.g. "Épargne disponible" is the large figure). */
export function savedBalance(page: Page) {
  return page.locator('.card .display-6').first();
}

/** The cells of the booklet's cycle on screen. */
export function bookletCells(page: Page) {
  return page.getByRole('region', { name: 'Carnet' }).getByRole('list', { name: 'Cases du cycle' }).getByRole('listitem');
}
