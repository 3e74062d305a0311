import { expect, test } from '@playwright/test';

import { AGENT, as, createClient, SUPERVISOR } from '../support/banking';
import {
  applyForLoan,
  digitsOf,
  inboxRow,
  installment,
  loanStatus,
  openLoans,
  repay,
  summaryValue,
} from '../support/loans';
import { SFD_ADMIN } from '../support/session';

// The journey passes between three members of staff, signing in and out five times.
test.describe.configure({ timeout: 180_000 });

test('a loan goes from the application to its last franc: reviewed, recommended, approved, disbursed in cash, repaid', async ({
  page,
}) => {
  // A client of its own: the journey runs on any demo database, however many times.
  const loan = await as(page, AGENT, async () => {
    await createClient(page);
    return applyForLoan(page, {
      product: 'Crédit Commerce (COMMERCE)',
      amount: '100 000',
      installments: '3',
      rate: '12',
      purpose: 'Stock de pagnes',
    });
  });

  await as(page, SUPERVISOR, async () => {
    await openLoans(page);
    await inboxRow(page, 'Demandes à examiner', loan.number).getByRole('button', { name: 'Examiner' }).click();
    const review = page.getByRole('dialog', { name: `Examiner le crédit ${loan.number}` });
    await expect(review.getByLabel('Montant (FCFA)')).toHaveValue('100000');
    await expect(review.getByLabel('Taux annuel (%)')).toHaveValue('12');
    await review.getByRole('button', { name: "Enregistrer l'examen" }).click();
    await expect(review).toBeHidden();

    const underReview = inboxRow(page, "Demandes en cours d'examen", loan.number);
    await underReview.getByRole('button', { name: 'Recommander' }).click();
    await page
      .getByRole('dialog', { name: `Recommander le crédit ${loan.number}` })
      .getByRole('button', { name: 'Recommander' })
      .click();
    await expect(underReview).toBeHidden();
  });

  await as(page, SFD_ADMIN, async () => {
    await openLoans(page);
    const row = inboxRow(page, 'Demandes à décider', loan.number);
    await row.getByRole('button', { name: 'Approuver' }).click();
    await page
      .getByRole('dialog', { name: `Approuver le crédit ${loan.number}` })
      .getByRole('button', { name: 'Approuver' })
      .click();
    await expect(row).toBeHidden();
  });

  await as(page, SUPERVISOR, async () => {
    await openLoans(page);
    await inboxRow(page, 'Crédits à décaisser', loan.number).getByRole('button', { name: 'Décaisser' }).click();
    const form = page.getByRole('dialog', { name: `Décaisser le crédit ${loan.number}` });
    await form.getByLabel('Mode de décaissement').selectOption('Cash');
    await form.getByRole('button', { name: 'Vérifier' }).click();
    const review = page.getByRole('dialog', { name: `Décaisser le crédit ${loan.number}` });
    await expect(review).toContainText('100 000 FCFA');
    await expect(review).toContainText("En espèces, à l'agence");
    await review.getByRole('button', { name: 'Confirmer' }).click();

    await expect(page).toHaveURL(loan.url);
    await expect(loanStatus(page)).toHaveText('En cours');
    await expect(installment(page, 3)).toBeVisible();
  });

  await as(page, AGENT, async () => {
    await page.goto(loan.url);
    for (const number of [1, 2]) {
      // The installment's total, as the schedule shows it (principal, interest and, for the first, the fee).
      const total = await digitsOf(installment(page, number).getByRole('cell').nth(6));
      await repay(page, total);
    }
    await expect(installment(page, 1)).toContainText('Payée');
    await expect(installment(page, 2)).toContainText('Payée');
    await expect(installment(page, 3)).toContainText('À venir');

    await repay(page, await digitsOf(summaryValue(page, 'Reste dû')));
    await expect(loanStatus(page)).toHaveText('Remboursé');
    await expect(installment(page, 3)).toContainText('Payée');
    await expect(page.getByRole('region', { name: 'Remboursements' }).getByRole('row')).toHaveCount(4);
  });
});
