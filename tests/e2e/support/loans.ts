import { expect, type Locator, type Page } from '@playwright/test';

/** The terms of an application as typed in its form (amounts as users write them, "100 000"). */
type Application = { product: string; amount: string; installments: string; rate: string; purpose: string };

/**
 * On the client's page: applies for a loan, checking the schedule and APR previewed as the terms are typed, then
 * submits the draft for review. Returns the loan's page address and number.
 */
export async function applyForLoan(page: Page, application: Application) {
  await page.getByRole('button', { name: 'Demander un crédit' }).click();
  const dialog = page.getByRole('dialog', { name: /^Demande de crédit/ });
  await dialog.getByLabel('Produit').selectOption({ label: application.product });
  await dialog.getByLabel('Montant (FCFA)').fill(application.amount);
  await dialog.getByLabel("Nombre d'échéances").fill(application.installments);
  // The rate starts at the product's maximum.
  await expect(dialog.getByLabel('Taux annuel (%)')).not.toHaveValue('');
  await dialog.getByLabel('Taux annuel (%)').fill(application.rate);
  await dialog.getByLabel('Objet du crédit').fill(application.purpose);
  const preview = dialog.getByRole('region', { name: 'Échéancier et coût' });
  await expect(preview).toContainText('Taux effectif global (TEG)');
  await expect(preview).toContainText(`${application.amount} FCFA`);
  await dialog.getByRole('button', { name: 'Enregistrer la demande' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Crédit PR-/ });
  await expect(heading).toBeVisible();
  await expect(loanStatus(page)).toHaveText('Brouillon');
  const number = (await heading.textContent())!.replace('Crédit ', '');

  await page.getByRole('button', { name: 'Soumettre' }).click();
  await page
    .getByRole('dialog', { name: `Soumettre le crédit ${number}` })
    .getByRole('button', { name: 'Soumettre' })
    .click();
  await expect(loanStatus(page)).toHaveText('Soumis');
  return { url: page.url(), number };
}

/** The status shown in the loan's summary. */
export function loanStatus(page: Page) {
  return page
    .locator('dt', { hasText: /^Statut$/ })
    .locator('+ dd .badge')
    .first();
}

/** The value of a labelled line of the loan's summary (e.g. "Reste dû"). */
export function summaryValue(page: Page, label: string) {
  return page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd');
}

/** Opens the loans section, where each role finds its inbox. */
export async function openLoans(page: Page) {
  await page.getByRole('button', { name: 'Crédits' }).click();
  await page.getByRole('link', { name: 'Dossiers de crédit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Crédits' })).toBeVisible();
}

/** The row of a loan in an inbox of the loans section. */
export function inboxRow(page: Page, inbox: string, number: string): Locator {
  return page.getByRole('region', { name: inbox }).getByRole('row').filter({ hasText: number });
}

/** The schedule's row of an installment, by its number. */
export function installment(page: Page, number: number) {
  return page
    .getByRole('region', { name: 'Échéancier' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(number), exact: true }) });
}

/** An amount as the page shows it ("35 002 FCFA", with no-break spaces), as a user types it: its digits. */
export async function digitsOf(cell: Locator) {
  return (await cell.textContent())!.replace(/\D/g, '');
}

/**
 * On the loan's page: a repayment in cash of `amount` (digits), whose split is previewed as it is typed, through its
 * review; it ends on the receipt, from which this goes back to the loan.
 */
export async function repay(page: Page, amount: string) {
  await page.getByRole('button', { name: 'Rembourser', exact: true }).click();
  const form = page.getByRole('dialog', { name: /^Remboursement du crédit/ });
  await form.getByLabel('Montant (FCFA)').fill(amount);
  await expect(form.getByRole('region', { name: 'Répartition du paiement' })).toContainText('Capital');
  await form.getByLabel('Canal').selectOption('Cash');
  await form.getByRole('button', { name: 'Vérifier' }).click();

  const review = page.getByRole('dialog', { name: /^Remboursement du crédit/ });
  await expect(review).toContainText('Espèces');
  await expect(review).toContainText('Capital');
  await review.getByRole('button', { name: 'Confirmer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Reçu de remboursement' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await page.getByRole('link', { name: 'Retour au crédit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Crédit PR-/ })).toBeVisible();
}
