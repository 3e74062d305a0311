import { expect, test, type Page } from '@playwright/test';

import { as } from '../support/banking';
import { SFD_ADMIN } from '../support/session';

const ACCOUNTANT = { username: 'accountant', password: SFD_ADMIN.password };

async function openManualEntries(page: Page) {
  await page.getByRole('button', { name: 'Comptabilité' }).click();
  await page.getByRole('link', { name: 'Écritures manuelles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Écritures manuelles' })).toBeVisible();
}

/** Fills line `number` of the entry form: an account (by its "code — intitulé") and one side. */
async function fillLine(page: Page, number: number, account: string, side: 'Débit' | 'Crédit', amount: string) {
  const line = page.getByRole('group', { name: `Ligne ${number}` });
  await line.getByLabel('Compte').selectOption({ label: account });
  await line.getByLabel(`${side} (FCFA)`).fill(amount);
}

async function writeEntry(page: Page, description: string, reference: string, amount: string) {
  await page.getByLabel('Libellé', { exact: true }).fill(description);
  await page.getByLabel('Référence de la pièce').fill(reference);
  await fillLine(page, 1, '631 — Frais de personnel', 'Débit', amount);
  await fillLine(page, 2, '101 — Caisse', 'Crédit', amount);
  await expect(page.getByRole('status', { name: "Équilibre de l'écriture" })).toContainText('Équilibrée');
  await page.getByRole('button', { name: "Enregistrer l'écriture" }).click();
}

test("un comptable passe une petite écriture (comptabilisée) et une grosse (à valider), que l'administrateur valide", async ({
  page,
}) => {
  const run = Date.now();
  const small = { description: `Prime de fin d'année E2E ${run}`, reference: `E2E-P-${run}` };
  const big = { description: `Salaires de décembre E2E ${run}`, reference: `E2E-S-${run}` };

  await as(page, ACCOUNTANT, async () => {
    await openManualEntries(page);
    await page.getByRole('link', { name: 'Nouvelle écriture' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle écriture' })).toBeVisible();

    // The balance is checked as the lines are typed: unbalanced, nothing can be sent.
    await fillLine(page, 1, '631 — Frais de personnel', 'Débit', '12 500');
    await fillLine(page, 2, '101 — Caisse', 'Crédit', '11 000');
    const balance = page.getByRole('status', { name: "Équilibre de l'écriture" });
    await expect(balance).toContainText(/Écart : 1\s500\sFCFA/);
    await expect(page.getByRole('button', { name: "Enregistrer l'écriture" })).toBeDisabled();

    await writeEntry(page, small.description, small.reference, '12 500');
    await expect(page.getByRole('status')).toContainText(/Comptabilisée, écriture n° \d+\./);

    await page.getByRole('button', { name: 'Saisir une autre écriture' }).click();
    await writeEntry(page, big.description, big.reference, '2 500 000');
    await expect(page.getByRole('status')).toContainText(
      /En attente de validation : au-dessus du seuil de 1\s000\s000\sFCFA/,
    );

    // In the inbox, its author cannot approve it.
    await page.getByRole('link', { name: 'Voir les écritures manuelles' }).click();
    const waiting = page.getByRole('article', { name: `${big.reference} — ${big.description}` });
    await expect(waiting).toContainText('À valider');
    await expect(waiting).toContainText(/2\s500\s000\sFCFA/);
    await expect(waiting).toContainText('Vous avez saisi cette écriture');
    await expect(waiting.getByRole('button', { name: 'Valider' })).toHaveCount(0);
  });

  await as(page, SFD_ADMIN, async () => {
    await openManualEntries(page);
    const waiting = page.getByRole('article', { name: `${big.reference} — ${big.description}` });
    await waiting.getByRole('button', { name: 'Valider' }).click();
    const dialog = page.getByRole('dialog', { name: "Valider l'écriture" });
    await dialog.getByRole('button', { name: 'Valider' }).click();
    await expect(dialog).toBeHidden();
    await expect(waiting).toBeHidden();

    await page.getByRole('button', { name: 'Toutes' }).click();
    const posted = page.getByRole('article', { name: `${big.reference} — ${big.description}` });
    await expect(posted).toContainText('Comptabilisée');
    await expect(posted).toContainText(/Écriture n° \d+/);
    await expect(posted).toContainText('Validée par');
    await expect(posted.getByRole('button', { name: 'Contre-passer' })).toBeVisible();
    await expect(page.getByRole('article', { name: `${small.reference} — ${small.description}` })).toContainText(
      'Comptabilisée',
    );
  });
});
