import { expect, test, type Page } from '@playwright/test';

import {
  activateAccount,
  AGENT,
  approveAccountInInbox,
  as,
  closingBalance,
  createClient,
  createSavingsProduct,
  openAccount,
  postMovement,
  SUPERVISOR,
} from '../support/banking';
import { SFD_ADMIN } from '../support/session';

// Each journey passes between three members of staff, signing in and out: longer than a single page's test.
test.describe.configure({ timeout: 120_000 });

/** A new client of the agent's with a savings account, on a product of the journey's own, approved by a supervisor. */
async function approvedAccount(page: Page) {
  const product = await as(page, SFD_ADMIN, () => createSavingsProduct(page));
  const account = await as(page, AGENT, async () => {
    await createClient(page);
    return openAccount(page, product);
  });
  await as(page, SUPERVISOR, () => approveAccountInInbox(page, account.number));
  return account;
}

test('an agent opens a savings account for a new client, a supervisor approves it, and the agent moves money on it', async ({
  page,
}) => {
  const account = await approvedAccount(page);

  await as(page, AGENT, async () => {
    await page.goto(account.url);
    await activateAccount(page);
    await postMovement(page, 'Dépôt', '50 000', 'receipt');
    await postMovement(page, 'Retrait', '20 000', 'receipt');

    await expect(closingBalance(page)).toContainText('30 000 FCFA');
    const statement = page.getByRole('region', { name: 'Relevé de compte' });
    await expect(statement.getByRole('row', { name: /Dépôt/ })).toContainText('50 000 FCFA');
    await expect(statement.getByRole('row', { name: /Retrait/ })).toContainText('30 000 FCFA');
  });
});

test('a withdrawal above the threshold waits for a supervisor, then moves the balance once approved', async ({
  page,
}) => {
  const account = await approvedAccount(page);

  await as(page, AGENT, async () => {
    await page.goto(account.url);
    await activateAccount(page);
    await postMovement(page, 'Dépôt', '200 000', 'receipt');
    await postMovement(page, 'Retrait', '150 000', 'pending');

    await expect(page.getByRole('region', { name: 'Retraits en attente de validation' })).toContainText('150 000 FCFA');
    await expect(closingBalance(page)).toContainText('200 000 FCFA');
  });

  await as(page, SUPERVISOR, async () => {
    await page.getByRole('link', { name: 'À valider', exact: true }).click();
    const pending = page.getByRole('region', { name: 'Retraits en attente de validation' });
    const row = pending.getByRole('row').filter({ hasText: account.number });
    await expect(row).toContainText('150 000 FCFA');
    await row.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('dialog', { name: 'Valider le retrait' }).getByRole('button', { name: 'Valider' }).click();
    await expect(row).toBeHidden();

    await page.goto(account.url);
    await expect(closingBalance(page)).toContainText('50 000 FCFA');
  });
});
