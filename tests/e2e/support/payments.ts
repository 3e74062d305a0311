import { expect, type Locator, type Page } from '@playwright/test';

/**
 * On the client's page: opens a current account with the demo product that needs no approval and no fee
 * ("Compte Courant"), so that it is active at once. Returns the account's page address and number.
 */
export async function openActiveAccount(page: Page) {
  await page.getByRole('button', { name: 'Ouvrir un compte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir un compte' });
  await dialog.getByLabel('Produit').selectOption({ label: 'Compte Courant (COURANT)' });
  await dialog.getByRole('button', { name: "Demander l'ouverture" }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Compte / });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Actif', { exact: true })).toBeVisible();
  const number = (await heading.textContent())!.replace('Compte ', '');
  return { url: page.url(), number };
}

/**
 * On the account's page: asks for a mobile-money deposit of `amount` (as typed, "50 000"), from the client's own
 * phone (prefilled) unless `payerPhone` says otherwise, through the review. Returns the dialog that then follows
 * the payment.
 */
export async function askForMobileMoneyDeposit(page: Page, amount: string, payerPhone?: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Dépôt mobile money' }).click();
  const form = page.getByRole('dialog', { name: /^Dépôt mobile money sur le compte / });
  const phone = form.getByLabel('Téléphone du payeur');
  // Prefilled with the client's number (E.164).
  await expect(phone).toHaveValue(/^\+229\d{8}$/);
  if (payerPhone) await phone.fill(payerPhone);
  await expect(form.getByLabel('Opérateur')).toHaveValue('sandbox');
  await form.getByLabel('Montant (FCFA)').fill(amount);
  await form.getByRole('button', { name: 'Vérifier' }).click();

  const review = page.getByRole('dialog', { name: /^Dépôt mobile money sur le compte / });
  await expect(review).toContainText(`${amount} FCFA`);
  await expect(review).toContainText('Sandbox mobile money');
  await review.getByRole('button', { name: 'Confirmer' }).click();

  const progress = page.getByRole('dialog', { name: /^Dépôt mobile money sur le compte / });
  await expect(progress.getByRole('link', { name: 'Détails du paiement' })).toBeVisible();
  return progress;
}

/** Closes a dialog by its footer's button (the header's close button has the same name, and no text). */
export async function closeDialog(dialog: Locator) {
  await dialog.getByText('Fermer', { exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The balance shown in large on the account's summary. */
export function accountBalance(page: Page) {
  return page.locator('.card .display-6').first();
}
