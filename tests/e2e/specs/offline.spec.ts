import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { AGENT } from '../support/banking';
import {
  apiHeaders,
  getJson,
  openOfflineHome,
  openOfflineSession,
  queueCounts,
  record,
  workingData,
  type Recording,
  type WorkingData,
} from '../support/offline';
import { SFD_ADMIN, signIn } from '../support/session';

/*
 * Field collection offline (issue 19, docs/offline.md): an agent records a round of deposits, repayments and tontine
 * contributions with the browser offline, reloads the page offline (the queue survives), syncs once back online; the
 * server holds each operation exactly once, with a network cut in the middle of the sync too; a refusal shows its reason.
 */

// Twenty operations typed through their forms and reviews, then a sync: longer than a single page's test.
test.describe.configure({ timeout: 240_000 });

type Plan = {
  recordings: Recording[];
  accounts: { id: string; count: number; sum: number }[];
  loans: { id: string; count: number; sum: number }[];
  participants: { id: string; count: number; sum: number }[];
};

/** What the objects of the plan look like on the server: movements counted, balances and totals. */
type Snapshot = Record<string, { movements: number; money: number }>;

/**
 * Twenty operations on the agent's own demo objects: 8 deposits on two accounts, 6 repayments of 1 000 FCFA, 6
 * contributions on two participations (by days and by an amount of a whole number of daily amounts).
 */
function planFor(data: WorkingData, tag: string): Plan {
  const clientNumber = (clientId: string) => data.clients.find((client) => client.id === clientId)!.number;
  const accounts = data.accounts.filter((account) => account.status === 'Active').slice(0, 2);
  const loans = data.loans.filter((loan) => loan.outstandingPrincipal >= 10_000).slice(0, 2);
  const participants = data.tontineParticipants.filter((participant) => participant.status === 'Active').slice(0, 2);
  expect(accounts, 'two active accounts among the agent’s clients').toHaveLength(2);
  expect(loans.length, 'a running loan among the agent’s clients').toBeGreaterThan(0);
  expect(participants, 'two active tontine participations among the agent’s clients').toHaveLength(2);

  const recordings: Recording[] = [];
  const plan: Plan = { recordings, accounts: [], loans: [], participants: [] };
  accounts.forEach((account, a) => {
    const amounts = [1_000, 2_500, 3_000, 4_500].map((amount) => amount + a * 100);
    amounts.forEach((amount, i) =>
      recordings.push({
        clientNumber: clientNumber(account.clientId),
        row: account.number,
        action: 'Dépôt',
        amount: String(amount),
        reference: `${tag}-D${a}${i}`,
      }),
    );
    plan.accounts.push({ id: account.id, count: amounts.length, sum: amounts.reduce((total, amount) => total + amount, 0) });
  });
  for (let i = 0; i < 6; i++) {
    const loan = loans[i % loans.length];
    recordings.push({ clientNumber: clientNumber(loan.clientId), row: loan.number, action: 'Remboursement', amount: '1000' });
  }
  plan.loans = loans.map((loan, l) => {
    const count = [0, 1, 2, 3, 4, 5].filter((i) => i % loans.length === l).length;
    return { id: loan.id, count, sum: count * 1_000 };
  });
  participants.forEach((participant) => {
    const client = clientNumber(participant.clientId);
    recordings.push({ clientNumber: client, row: participant.tontineName, action: 'Cotisation', days: '1' });
    recordings.push({ clientNumber: client, row: participant.tontineName, action: 'Cotisation', days: '2' });
    recordings.push({
      clientNumber: client,
      row: participant.tontineName,
      action: 'Cotisation',
      amount: String(participant.dailyAmount * 2),
    });
    plan.participants.push({ id: participant.id, count: 3, sum: participant.dailyAmount * 5 });
  });
  expect(recordings).toHaveLength(20);
  expect(totalCount(plan)).toBe(20);
  return plan;
}

/** Each object's movements on the server and its money: an account's balance, a loan's total repaid, a participant's day. */
async function snapshot(request: APIRequestContext, headers: Record<string, string>, plan: Plan): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const { id } of plan.accounts) {
    const account = await getJson<{ balance: number }>(request, `/api/v1/accounts/${id}`, headers);
    const movements = await getJson<{ totalCount: number }>(request, `/api/v1/transactions?accountId=${id}&pageSize=1`, headers);
    result[id] = { movements: movements.totalCount, money: account.balance };
  }
  for (const { id } of plan.loans) {
    const loan = await getJson<{ totalRepaid: number }>(request, `/api/v1/loans/${id}`, headers);
    const repayments = await getJson<unknown[]>(request, `/api/v1/loans/${id}/transactions`, headers);
    result[id] = { movements: repayments.length, money: loan.totalRepaid };
  }
  for (const { id } of plan.participants) {
    const participant = await getJson<{ collectedToday: number }>(request, `/api/v1/tontine-participants/${id}`, headers);
    const contributions = await getJson<{ totalCount: number }>(
      request,
      `/api/v1/tontine-participants/${id}/contributions?pageSize=1`,
      headers,
    );
    result[id] = { movements: contributions.totalCount, money: participant.collectedToday };
  }
  return result;
}

const totalCount = (plan: Pick<Plan, 'accounts' | 'loans' | 'participants'>) =>
  [...plan.accounts, ...plan.loans, ...plan.participants].reduce((total, { count }) => total + count, 0);

/** Exactly the plan's movements were added, each once, and the money follows. */
function expectApplied(before: Snapshot, after: Snapshot, plan: Pick<Plan, 'accounts' | 'loans' | 'participants'>) {
  let added = 0;
  for (const { id, count, sum } of [...plan.accounts, ...plan.loans, ...plan.participants]) {
    expect(after[id].movements - before[id].movements, `new movements on ${id}`).toBe(count);
    expect(after[id].money - before[id].money, `money on ${id}`).toBe(sum);
    added += after[id].movements - before[id].movements;
  }
  expect(added).toBe(totalCount(plan));
}

/** Signs the agent in online, opens the offline home, goes offline and records the round; then reloads offline. */
async function recordRoundOffline(page: Page, plan: Plan) {
  await signIn(page, AGENT);
  await openOfflineHome(page);
  // The reload offline needs the app shell precached: the service worker must control the page before the network goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.context().setOffline(true);
  await expect(page.getByRole('main').getByText('Hors ligne', { exact: true })).toBeVisible();

  for (const recording of plan.recordings) await record(page, recording);
  await expect(queueCounts(page)).toHaveText(/^En attente : 20 · Refusées : 0/);

  // The app shell comes from the service worker, the queue from IndexedDB: nothing of it needs the network.
  await page.reload();
  await openOfflineSession(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Collecte hors ligne' })).toBeVisible();
  await page.getByRole('tab', { name: "File d'attente (20)" }).click();
  const items = page.getByRole('list', { name: "File d'attente" }).getByRole('listitem');
  await expect(items).toHaveCount(20);
  await expect(items.filter({ hasText: 'En attente de synchronisation' })).toHaveCount(20);
  return items;
}

/** Each operation of the queue ends synchronised, and its receipt is the final one (its journal entry). */
async function expectAllSynced(page: Page) {
  await expect(queueCounts(page)).toHaveText('En attente : 0 · Refusées : 0 · Synchronisées : 20', { timeout: 60_000 });
  const items = page.getByRole('list', { name: "File d'attente" }).getByRole('listitem');
  await expect(items.filter({ hasText: 'Synchronisé' })).toHaveCount(20);
  await items.first().getByRole('button', { name: 'Reçu' }).click();
  const receipt = page.getByRole('dialog', { name: /^Reçu P-/ });
  await expect(receipt.getByRole('heading', { name: 'Reçu de dépôt' })).toBeVisible();
  await expect(receipt).toContainText(/N° \d+/);
  await expect(receipt.getByRole('link', { name: 'Voir le reçu définitif' })).toBeVisible();
  await receipt.getByText('Fermer', { exact: true }).click();
}

test('an agent records 20 operations offline, the queue survives a reload, and one sync applies each exactly once', async ({
  page,
  request,
}) => {
  const headers = await apiHeaders(request, AGENT);
  const plan = planFor(await workingData(request, headers), `OFF${Date.now()}`);
  const before = await snapshot(request, headers, plan);

  await recordRoundOffline(page, plan);
  expectApplied(before, await snapshot(request, headers, plan), noneSent(plan));

  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expectAllSynced(page);
  expectApplied(before, await snapshot(request, headers, plan), plan);
});

test('a sync cut after the server processed it is sent again with the same keys: still exactly 20', async ({
  page,
  request,
}) => {
  const headers = await apiHeaders(request, AGENT);
  const plan = planFor(await workingData(request, headers), `CUT${Date.now()}`);
  const before = await snapshot(request, headers, plan);
  await recordRoundOffline(page, plan);

  // The first batch reaches the server, which commits it; its answer never reaches the phone.
  const sentKeys: string[][] = [];
  let processed = false;
  await page.route('**/api/v1/sync/operations', async (route) => {
    const { operations } = route.request().postDataJSON() as { operations: { key: string }[] };
    sentKeys.push(operations.map((operation) => operation.key));
    if (sentKeys.length > 1) return route.continue();
    const response = await route.fetch();
    expect(response.status()).toBe(200);
    processed = true;
    return route.abort('failed');
  });
  await page.context().setOffline(false);
  await expect.poll(() => processed, { timeout: 30_000 }).toBe(true);
  expectApplied(before, await snapshot(request, headers, plan), plan);

  // Resent (when the engine retries, or at once on demand) with the keys made when the agent confirmed.
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expectAllSynced(page);
  expect(sentKeys.length).toBeGreaterThan(1);
  expect(sentKeys[1]).toEqual(sentKeys[0]);
  expect(new Set(sentKeys[0]).size).toBe(20);
  expectApplied(before, await snapshot(request, headers, plan), plan);
});

test('a deposit on an account closed in the meantime comes back refused with its reason, at 360 px', async ({ page, request }) => {
  const headers = await apiHeaders(request, AGENT);
  const admin = await apiHeaders(request, SFD_ADMIN);
  const data = await workingData(request, headers);
  // A client who already banks with an active account: eligible for another one.
  const client = data.clients.find((candidate) => candidate.id === data.accounts[0].clientId)!;
  const products = await getJson<{ id: string; code: string }[] | { items: { id: string; code: string }[] }>(
    request,
    '/api/v1/deposit-products',
    admin,
  );
  const current = (Array.isArray(products) ? products : products.items).find((product) => product.code === 'COURANT');
  const opened = await request.post('/api/v1/accounts', {
    headers,
    data: { clientId: client.id, productId: current!.id },
  });
  expect(opened.ok()).toBe(true);
  const account = (await opened.json()) as { id: string; number: string; status: string };
  expect(account.status).toBe('Active');

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, AGENT);
  await page.goto('/offline');
  await expect(page.getByText(/^Données du /)).toBeVisible();
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/v1/sync/working-data') && response.ok()),
    page.getByRole('button', { name: 'Actualiser les données' }).click(),
  ]);
  await page.context().setOffline(true);
  await record(page, { clientNumber: client.number, row: account.number, action: 'Dépôt', amount: '5 000' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Closed at the branch while the agent is in the field (its balance is still zero there).
  expect((await request.post(`/api/v1/accounts/${account.id}/close`, { headers: admin })).ok()).toBe(true);
  const refusal = await request.post(`/api/v1/accounts/${account.id}/deposits`, {
    headers: { ...headers, 'Idempotency-Key': `e2e-${Date.now()}` },
    data: { amount: 5_000, channel: 'Cash' },
  });
  expect(refusal.status()).toBe(422);
  const { detail } = (await refusal.json()) as { detail: string };

  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expect(queueCounts(page)).toHaveText(/Refusées : 1/, { timeout: 30_000 });
  await page.getByRole('tab', { name: /^File d'attente/ }).click();
  const item = page.getByRole('list', { name: "File d'attente" }).getByRole('listitem').filter({ hasText: account.number });
  await expect(item.getByText('Refusé', { exact: true })).toBeVisible();
  await expect(item.getByText(detail, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const balance = await getJson<{ balance: number }>(request, `/api/v1/accounts/${account.id}`, headers);
  expect(balance.balance).toBe(0);

  // Nothing leaves the queue by itself: the agent removes it, after confirming.
  await item.getByRole('button', { name: 'Supprimer de la file' }).click();
  await page.getByRole('dialog', { name: /^Supprimer P-/ }).getByRole('button', { name: 'Supprimer de la file' }).click();
  await expect(item).toHaveCount(0);
});

test('a new client drafted offline at 360 px is registered once at the sync, and the phone shows their number', async ({
  page,
  request,
}) => {
  const headers = await apiHeaders(request, AGENT);
  // +229 and eight digits, new to the institution.
  const phone = `+2299${String(Date.now() % 10_000_000).padStart(7, '0')}`;
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, AGENT);
  await page.goto('/offline');
  await expect(page.getByText(/^Données du /)).toBeVisible();
  await page.context().setOffline(true);

  await page.getByRole('button', { name: 'Nouveau client' }).click();
  const form = page.getByRole('dialog', { name: 'Nouveau client' });
  await form.getByLabel('Prénom').fill('Mariam');
  await form.getByLabel('Nom de famille').fill('Sanni');
  await form.getByLabel('Sexe').selectOption({ label: 'Femme' });
  await form.getByLabel('Date de naissance').fill('1990-05-14');
  await form.getByLabel('Téléphone').fill(phone);
  await form.getByLabel('Profession').fill('Vendeuse de poisson fumé');
  await form.getByRole('button', { name: 'Vérifier' }).click();
  await form.getByRole('button', { name: 'Confirmer' }).click();
  const receipt = page.getByRole('dialog', { name: /^Reçu P-\d{8}-\d{4}$/ });
  await expect(receipt.getByText('n° attribué à la synchronisation')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await receipt.getByText('Fermer', { exact: true }).click();

  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expect(queueCounts(page)).toHaveText(/^En attente : 0 · Refusées : 0/, { timeout: 30_000 });
  const found = await getJson<{ items: { number: string; firstName: string; phone: string }[] }>(
    request,
    `/api/v1/clients?search=${encodeURIComponent(phone)}`,
    headers,
  );
  expect(found.items).toHaveLength(1);
  expect(found.items[0].firstName).toBe('Mariam');

  await page.getByRole('tab', { name: /^File d'attente/ }).click();
  const item = page.getByRole('list', { name: "File d'attente" }).getByRole('listitem').filter({ hasText: phone });
  await expect(item.getByText('Synchronisé', { exact: true })).toBeVisible();
  await item.getByRole('button', { name: 'Reçu' }).click();
  await expect(page.getByRole('dialog', { name: /^Reçu P-/ }).getByText(found.items[0].number, { exact: true })).toBeVisible();
});

/** The plan with nothing sent: while offline, the server has none of it. */
function noneSent(plan: Plan): Pick<Plan, 'accounts' | 'loans' | 'participants'> {
  const none = ({ id }: { id: string }) => ({ id, count: 0, sum: 0 });
  return { accounts: plan.accounts.map(none), loans: plan.loans.map(none), participants: plan.participants.map(none) };
}
