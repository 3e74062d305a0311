import { expect, type Page } from '@playwright/test';

import { SFD_ADMIN, signIn, signOut } from './session';

const DEMO_PASSWORD = SFD_ADMIN.password;
export const AGENT = { username: 'agent', password: DEMO_PASSWORD };
export const SUPERVISOR = { username: 'supervisor', password: DEMO_PASSWORD };

type Credentials = typeof SFD_ADMIN;

/** Runs `steps` signed in as `user`, then signs out (journeys pass from one member of staff to another). */
export async function as<T>(page: Page, user: Credentials, steps: () => Promise<T>): Promise<T> {
  const displayName = await signIn(page, user);
  const result = await steps();
  await signOut(page, displayName);
  return result;
}

const randomDigits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');

/**
 * As the SFD administrator: a savings product of its own for the journey (unique code), without fees, whose
 * withdrawals above 100 000 FCFA wait for a supervisor. Returns its label in the account-opening form.
 */
export async function createSavingsProduct(page: Page) {
  const code = `E2E${Date.now()}`;
  const name = `Épargne ${code}`;
  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('link', { name: "Produits d'épargne" }).click();
  await page.getByRole('button', { name: 'Nouveau produit' }).click();

  const dialog = page.getByRole('dialog', { name: 'Nouveau produit' });
  await dialog.getByLabel('Code', { exact: true }).fill(code);
  await dialog.getByLabel('Type', { exact: true }).selectOption('Savings');
  await dialog.getByLabel('Nom', { exact: true }).fill(name);
  await dialog.getByLabel("Taux d'intérêt annuel (%)").fill('3');
  await dialog.getByLabel('Solde minimum (FCFA)').fill('0');
  await dialog.getByLabel("Frais d'ouverture (FCFA)").fill('0');
  await dialog.getByLabel(/Seuil de validation des retraits/).fill('100 000');
  await dialog.getByRole('button', { name: 'Créer' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: code, exact: true })).toBeVisible();
  return `${name} (${code})`;
}

/** As a member of the front office: registers a client with an ID document (so the identity can be checked). */
export async function createClient(page: Page) {
  const lastName = `E2E${randomDigits(6)}`;
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: 'Nouveau client' }).click();

  const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
  await dialog.getByLabel('Prénom').fill('Afiavi');
  await dialog.getByLabel('Nom de famille').fill(lastName);
  await dialog.getByLabel('Sexe').selectOption('Female');
  await dialog.getByLabel('Date de naissance').fill('1988-06-15');
  // Demo clients have +2299 61… numbers; these never meet them.
  await dialog.getByLabel('Téléphone').fill(`+2299${8 + Math.floor(Math.random() * 2)}${randomDigits(6)}`);
  await dialog.getByLabel('Ville').fill('Cotonou');
  await dialog.getByLabel("Type de pièce d'identité").selectOption('NationalIdCard');
  await dialog.getByLabel("N° de pièce d'identité").fill(`E2E${randomDigits(9)}`);
  await dialog.getByRole('button', { name: 'Créer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Afiavi ${lastName}` })).toBeVisible();
  return `Afiavi ${lastName}`;
}

/** On the client's page: asks for an account with the product; returns the account's page address and number. */
export async function openAccount(page: Page, product: string) {
  await page.getByRole('button', { name: 'Ouvrir un compte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir un compte' });
  await dialog.getByLabel('Produit').selectOption({ label: product });
  await dialog.getByRole('button', { name: "Demander l'ouverture" }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Compte / });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Demandé', { exact: true })).toBeVisible();
  const number = (await heading.textContent())!.replace('Compte ', '');
  return { url: page.url(), number };
}

/** As a supervisor, in the inbox: approves the opening of the account. */
export async function approveAccountInInbox(page: Page, number: string) {
  await page.getByRole('link', { name: 'À valider', exact: true }).click();
  const requests = page.getByRole('region', { name: 'Ouvertures de compte à approuver' });
  const row = requests.getByRole('row').filter({ hasText: number });
  await row.getByRole('button', { name: 'Approuver' }).click();
  await page.getByRole('dialog', { name: "Approuver l'ouverture" }).getByRole('button', { name: 'Approuver' }).click();
  await expect(row).toBeHidden();
}

/** On the account's page: activates it, the (zero) opening fee paid in cash. */
export async function activateAccount(page: Page) {
  await page.getByRole('button', { name: 'Activer' }).click();
  await page
    .getByRole('dialog', { name: /^Activer le compte/ })
    .getByRole('button', { name: 'Activer' })
    .click();
  await expect(page.getByText('Actif', { exact: true })).toBeVisible();
}

/**
 * On the account's page: a deposit or a withdrawal in cash, through its review (which shows the amount as
 * "50 000 FCFA"). A posted one ends on its receipt, from which this goes back to the account.
 */
export async function postMovement(
  page: Page,
  kind: 'Dépôt' | 'Retrait',
  amount: string,
  outcome: 'receipt' | 'pending',
) {
  await page.getByRole('button', { name: kind, exact: true }).click();
  const form = page.getByRole('dialog', { name: new RegExp(`^${kind} `) });
  await form.getByLabel('Montant (FCFA)').fill(amount);
  await form.getByLabel('Canal').selectOption('Cash');
  await form.getByRole('button', { name: 'Vérifier' }).click();

  const review = page.getByRole('dialog', { name: new RegExp(`^${kind} `) });
  await expect(review).toContainText(`${amount} FCFA`);
  await expect(review).toContainText('Espèces');
  await review.getByRole('button', { name: 'Confirmer' }).click();

  if (outcome === 'pending') {
    const notice = page.getByRole('dialog', { name: 'Retrait en attente de validation' });
    await expect(notice.getByRole('status')).toContainText(`Le retrait de ${amount} FCFA`);
    // The footer's button (the header's close button has the same name, and no text).
    await notice.getByText('Fermer', { exact: true }).click();
    await expect(notice).toBeHidden();
    return;
  }
  await expect(
    page.getByRole('heading', { level: 1, name: kind === 'Dépôt' ? 'Reçu de dépôt' : 'Reçu de retrait' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`${amount} FCFA`);
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await page.getByRole('link', { name: 'Retour au compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Compte / })).toBeVisible();
}

/** The closing balance of the account's statement (all movements). */
export function closingBalance(page: Page) {
  return page.getByText('Solde de clôture', { exact: true }).locator('..');
}
