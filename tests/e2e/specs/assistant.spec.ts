import { expect, test, type Page } from '@playwright/test';

import { signIn, SFD_ADMIN } from '../support/session';

/*
 * The audit assistant over the demo data (docs/anomalies.md "The assistant"): the auditor writes the summary of the
 * month in progress and asks why PAR30 moved; each answer says it was written from the templates and lists its
 * figures. On a phone (360 px) nothing is wider than the screen, the answers included; at 1280 px too.
 */

async function useTheAssistant(page: Page) {
  await signIn(page, { username: 'auditor', password: SFD_ADMIN.password });
  await page.goto('/anomalies/assistant');
  await expect(page.getByRole('heading', { level: 1, name: "Assistant d'audit" })).toBeVisible();

  const summary = page.getByRole('region', { name: 'Résumé mensuel' });
  const written = page.waitForResponse((response) => response.url().endsWith('/api/v1/assistant/monthly-summary'));
  await summary.getByRole('button', { name: 'Rédiger le résumé' }).click();
  expect((await written).status()).toBe(200);
  await expect(summary.getByText(/^Activité de /)).toBeVisible();
  await expect(summary.getByText(/^Portefeuille au /)).toBeVisible();
  await expect(summary.getByText('Rédigé à partir des modèles')).toBeVisible();
  await summary.getByText('8 sources de chiffres utilisées').click();
  await expect(summary.getByText(/deposits\.amount = /).first()).toBeVisible();

  const questions = page.getByRole('region', { name: 'Poser une question' });
  await questions.getByLabel('Votre question').fill('Pourquoi le PAR30 a-t-il augmenté le mois dernier ?');
  await questions.getByRole('button', { name: 'Demander' }).click();
  await expect(questions.getByText(/PAR30/).first()).toBeVisible();
  await questions.getByText(/sources de chiffres utilisées/).click();
  await expect(questions.getByText(/^portfolio_snapshots/).first()).toBeVisible();
}

async function widestOverflow(page: Page) {
  return page.locator('main').evaluate((main) => {
    const width = document.documentElement.clientWidth;
    return [main, ...Array.from(main.querySelectorAll('*'))]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.right > width + 1)
      .map((box) => Math.round(box.right));
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the auditor writes a summary and asks a question, and nothing overflows the screen', async ({ page }) => {
    await useTheAssistant(page);
    expect(await widestOverflow(page)).toEqual([]);
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the same page reads on a desktop', async ({ page }) => {
    await useTheAssistant(page);
    expect(await widestOverflow(page)).toEqual([]);
  });
});
