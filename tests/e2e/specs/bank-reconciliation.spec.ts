import { expect, test, type Page } from '@playwright/test';

import { AGENT, as } from '../support/banking';

const ACCOUNTANT = { username: 'accountant', password: AGENT.password };

test.describe.configure({ timeout: 120_000 });

/** A whole number of francs of this run (the demo's bank has 900 000 F transfers only), and its French writing. */
const amount = () => 100_000 + Math.floor(Math.random() * 800) * 100 + 37;
const francs = (value: number) => `${value.toLocaleString('fr-FR').replace(/\s/g, ' ')} FCFA`;
const spaces = (text: string) => new RegExp(text.replace(/ /g, '\\s'));

/** As the agent: a deposit received by bank transfer on the first active account, which debits the bank's GL account. */
async function depositByTransfer(page: Page, value: number, reference: string) {
  await page.goto('/accounts');
  await page.getByRole('combobox', { name: 'Filtrer par statut' }).selectOption('Active');
  await page.locator('a[href^="/accounts/"]').first().click();
  await page.getByRole('button', { name: 'Dépôt', exact: true }).click();
  const form = page.getByRole('dialog', { name: /^Dépôt / });
  await form.getByLabel('Montant (FCFA)').fill(String(value));
  await form.getByLabel('Canal').selectOption('BankTransfer');
  await form.getByLabel('Référence').fill(reference);
  await form.getByRole('button', { name: 'Vérifier' }).click();
  await page.getByRole('dialog', { name: /^Dépôt / }).getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reçu de dépôt' })).toBeVisible();
}

const day = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return date.toLocaleDateString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' });
};

test("un relevé bancaire importé, rapproché automatiquement, une ligne rapprochée à la main puis ce rapprochement annulé", async ({
  page,
}) => {
  const run = Date.now().toString().slice(-6);
  const [received, cheque] = [amount(), amount() + 1];
  const reference = `VIR-E2E-${run}`;
  await as(page, AGENT, async () => {
    await depositByTransfer(page, received, reference);
    await depositByTransfer(page, cheque, `CHQ-E2E-${run}`);
  });

  await as(page, ACCOUNTANT, async () => {
    await page.getByRole('button', { name: 'Comptabilité' }).click();
    await page.getByRole('link', { name: 'Rapprochement bancaire' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rapprochement bancaire' })).toBeVisible();
    await expect(page.getByLabel('Compte de banque')).toHaveValue(/.+/);
    await expect(page.getByLabel('Compte de banque').locator('option:checked')).toHaveText(/^111 /);

    // The demo's format is saved (semicolons, a header, date;label;amount;reference): the file is imported with it.
    // The cheque reaches the statement five days before the books, outside the ±3 days: no suggestion for it.
    const statement = [
      'Date opération;Libellé;Montant;Référence',
      `${day(0)};VIREMENT RECU ${run};${received};${reference}`,
      `${day(-5)};REMISE CHEQUE ${run};${cheque};`,
      `${day(0)};FRAIS E2E ${run};-1 250;`,
    ].join('\n');
    await page.getByLabel('Fichier du relevé (CSV)').setInputFiles({
      name: `releve-${run}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(statement, 'utf-8'),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /lignes lues/ })).toContainText(spaces('3 lignes lues : 3 nouvelles, 0 déjà importées.'));

    // Importing the same file again adds nothing.
    await page.getByLabel('Fichier du relevé (CSV)').setInputFiles({
      name: `releve-${run}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(statement, 'utf-8'),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /lignes lues/ })).toContainText(spaces('3 lignes lues : 0 nouvelles, 3 déjà importées.'));

    // The transfer is suggested by its reference; accepting all records it.
    const suggestions = page.getByRole('list', { name: /^Rapprochements proposés/ });
    await expect(suggestions.getByRole('listitem').filter({ hasText: `VIREMENT RECU ${run}` })).toContainText('référence');
    await page.getByRole('button', { name: 'Tout rapprocher automatiquement' }).click();
    const matches = page.getByRole('list', { name: /^Rapprochements enregistrés/ });
    await expect(matches.getByRole('listitem').filter({ hasText: `VIREMENT RECU ${run}` })).toContainText(
      'Rapprochée automatiquement par Ibrahim Sawadogo',
    );

    // The cheque by hand: its statement line and its journal line, one from each side.
    const statementSide = page.getByRole('list', { name: /^Relevé/ });
    const bookSide = page.getByRole('list', { name: /^Comptabilité/ });
    await statementSide.getByRole('radio', { name: new RegExp(`REMISE CHEQUE ${run}`) }).check();
    await bookSide.getByRole('radio', { name: spaces(francs(cheque)) }).check();
    await page.getByRole('button', { name: 'Rapprocher la sélection' }).click();
    const byHand = matches.getByRole('listitem').filter({ hasText: `REMISE CHEQUE ${run}` });
    await expect(byHand).toContainText('Rapprochée à la main par Ibrahim Sawadogo');
    await expect(statementSide.getByRole('radio', { name: new RegExp(`REMISE CHEQUE ${run}`) })).toBeHidden();

    // Undone: both lines are back on their sides.
    await byHand.getByRole('button', { name: /^Annuler le rapprochement/ }).click();
    await expect(byHand).toBeHidden();
    await expect(statementSide.getByRole('radio', { name: new RegExp(`REMISE CHEQUE ${run}`) })).toBeVisible();
    await expect(bookSide.getByRole('radio', { name: spaces(francs(cheque)) })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Soldes du rapprochement' })).toContainText(
      'Le solde rapproché égale le solde du relevé.',
    );
  });
});
