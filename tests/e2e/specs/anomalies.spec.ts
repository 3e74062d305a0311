import { expect, test } from '@playwright/test';

import { apiHeaders, plantNearDuplicate } from '../support/anomalies';
import { signIn } from '../support/session';

/*
 * The auditors' workspace (docs/anomalies.md): a duplicate deposit is planted through the API (the demo's own cases
 * may change), the auditor runs the detection, finds it in the list, opens it, acknowledges it then explains it with
 * comments; on a phone the list fits the screen.
 */

const AUDITOR = { username: 'auditor', password: 'Demo#2026' };

test('an auditor runs the detection, opens a finding, acknowledges then explains it', async ({ page, request }) => {
  test.setTimeout(90_000);
  // An amount of its own, so that this run's finding is told from any other.
  const amount = 10_000 + Math.floor(Math.random() * 80_000);
  const planted = await plantNearDuplicate(request, amount);
  await signIn(page, AUDITOR);

  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await page.getByRole('link', { name: 'Anomalies', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anomalies' })).toBeVisible();
  await page.getByRole('button', { name: 'Lancer la détection' }).click();
  const done = page.getByRole('dialog', { name: 'Détection terminée' });
  const duplicates = done.getByRole('listitem').filter({ hasText: 'Opération en double' });
  await expect(duplicates).toBeVisible({ timeout: 30_000 });
  // Found: at least the one planted, which is new.
  await expect(duplicates).toContainText(/Trouvées\s*: [1-9]/);
  await expect(duplicates).toContainText(/nouvelles\s*: [1-9]/);
  await done.getByRole('button', { name: 'Fermer' }).last().click();

  // The list by rule, kept in the address; the planted finding is the one about this deposit.
  const filters = page.getByRole('form', { name: 'Filtres des anomalies' });
  await filters.getByLabel('Règle').selectOption({ label: 'Opération en double' });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/\/anomalies\?rule=near_duplicate$/);
  const found = await request.get('/api/v1/anomalies?rule=near_duplicate&status=Open&pageSize=100', {
    headers: await apiHeaders(request, 'auditor'),
  });
  const { items } = (await found.json()) as { items: { id: string; subjects: { id: string }[] }[] };
  const finding = items.find((item) => item.subjects.some((subject) => subject.id === planted.secondDepositId));
  expect(finding, 'the planted duplicate is found').toBeDefined();
  await page.locator(`main table a[href="/anomalies/${finding!.id}"]`).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Opération en double' })).toBeVisible();
  await expect(page.getByRole('link', { name: planted.accountNumber }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Opérations en cause' })).toBeVisible();
  // The two deposits, each linked to its receipt.
  await expect(page.locator('main table a[href^="/receipts/"]')).toHaveCount(2);

  await page.getByRole('button', { name: 'Prendre en compte' }).click();
  const acknowledge = page.getByRole('dialog', { name: "Prendre en compte l'anomalie" });
  await acknowledge.getByLabel('Commentaire').fill('Vérification auprès du caissier');
  await acknowledge.getByRole('button', { name: 'Prendre en compte' }).click();
  await expect(acknowledge).toBeHidden();
  await expect(page.locator('main .badge', { hasText: 'Prise en compte' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Prendre en compte' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Expliquer', exact: true }).click();
  const explain = page.getByRole('dialog', { name: "Expliquer l'anomalie" });
  await explain.getByLabel('Explication').fill('Deux dépôts réels du même montant, confirmés par le client');
  await explain.getByRole('button', { name: 'Expliquer' }).click();
  await expect(explain).toBeHidden();

  const timeline = page.getByRole('region', { name: 'Suivi' });
  await expect(timeline).toContainText('Vérification auprès du caissier');
  await expect(timeline).toContainText('Deux dépôts réels du même montant, confirmés par le client');
  await expect(page.getByRole('button', { name: 'Expliquer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Écarter' })).toHaveCount(0);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the list of serious open findings, as the notice links it, fits the screen', async ({ page }) => {
    await signIn(page, AUDITOR);
    await page.goto('/anomalies?severity=High&status=Open');
    await expect(page.getByRole('heading', { level: 1, name: 'Anomalies' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Filtres des anomalies' }).getByLabel('Gravité')).toHaveValue('High');
    await expect(page.locator('.spinner-border')).toHaveCount(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});

test("the auditor's dashboard counts the findings to review and leads to them", async ({ page, request }) => {
  const open = await request.get('/api/v1/anomalies?status=Open&pageSize=1', { headers: await apiHeaders(request, 'auditor') });
  const { totalCount } = (await open.json()) as { totalCount: number };
  await signIn(page, AUDITOR);

  const card = page.getByRole('link', { name: 'Anomalies à examiner' });
  const figure = card.locator('xpath=ancestor::div[contains(@class, "card-body")]');
  await expect(figure.locator('.fs-4')).toHaveText(String(totalCount));
  await expect(figure).toContainText(/dont \d+ de gravité élevée/);
  await card.click();
  await expect(page).toHaveURL(/\/anomalies\?status=Open$/);
  await expect(page.getByRole('form', { name: 'Filtres des anomalies' }).getByLabel('Statut')).toHaveValue('Open');
});
