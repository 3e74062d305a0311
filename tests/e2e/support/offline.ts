import { expect, type APIRequestContext, type Page } from '@playwright/test';

import { AGENT } from './banking';

/** The part of `GET /api/v1/sync/working-data` (docs/offline.md) the offline journeys pick their targets from. */
export type WorkingData = {
  clients: { id: string; number: string; firstName: string; lastName: string }[];
  accounts: { id: string; number: string; clientId: string; status: string; balance: number }[];
  loans: { id: string; number: string; clientId: string; status: string; outstandingPrincipal: number }[];
  tontineParticipants: { id: string; tontineName: string; clientId: string; dailyAmount: number; status: string }[];
};

export async function apiHeaders(request: APIRequestContext, user: { username: string; password: string }) {
  const login = await request.post('/api/v1/auth/login', { data: user });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}`, 'Accept-Language': 'fr' };
}

export async function getJson<T>(request: APIRequestContext, url: string, headers: Record<string, string>) {
  const response = await request.get(url, { headers });
  expect(response.ok(), `GET ${url}`).toBe(true);
  return (await response.json()) as T;
}

/** The agent's working data, as the phone gets it. */
export function workingData(request: APIRequestContext, headers: Record<string, string>) {
  return getJson<WorkingData>(request, '/api/v1/sync/working-data', headers);
}

/** « Collecte hors ligne », from the menu, once its working data has loaded. */
export async function openOfflineHome(page: Page) {
  await page.getByRole('link', { name: 'Collecte hors ligne' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collecte hors ligne' })).toBeVisible();
  await expect(page.getByText(/^Données du /)).toBeVisible();
}

/** What the agent records on the phone: on which client's object, with which button, for how much. */
export type Recording = {
  clientNumber: string;
  /** The row's text: the account's or loan's number, or the tontine's name. */
  row: string;
  action: 'Dépôt' | 'Remboursement' | 'Cotisation';
  amount?: string;
  days?: string;
  reference?: string;
};

/**
 * On the offline home: picks the client, records the operation through its review, and checks the provisional receipt
 * (« En attente de synchronisation ») before going back to the list of clients.
 */
export async function record(page: Page, recording: Recording) {
  await page.getByLabel('Rechercher un client (nom, n°, téléphone)').fill(recording.clientNumber);
  await page.getByRole('button', { name: new RegExp(`${recording.clientNumber} ·`) }).click();
  await page
    .locator('.list-group-item')
    .filter({ hasText: recording.row })
    .getByRole('button', { name: recording.action, exact: true })
    .click();

  const form = page.getByRole('dialog', { name: / — / });
  if (recording.days) {
    await form.getByLabel('Un nombre de jours').check();
    await form.getByLabel('Jours', { exact: true }).fill(recording.days);
  } else {
    if (recording.action === 'Cotisation') await form.getByLabel('Un montant').check();
    await form.getByLabel('Montant (FCFA)').fill(recording.amount!);
  }
  if (recording.reference) await form.getByLabel('Référence').fill(recording.reference);
  await form.getByRole('button', { name: 'Vérifier' }).click();
  await page.getByRole('dialog', { name: / — / }).getByRole('button', { name: 'Confirmer' }).click();

  const receipt = page.getByRole('dialog', { name: /^Reçu P-\d{8}-\d{4}$/ });
  await expect(receipt.getByRole('heading', { name: 'Reçu provisoire' })).toBeVisible();
  await expect(receipt.getByText('En attente de synchronisation', { exact: true })).toBeVisible();
  // The footer's button (the header's close button has the same name, and no text).
  await receipt.getByText('Fermer', { exact: true }).click();
  await expect(receipt).toBeHidden();
  await page.getByRole('button', { name: 'Changer de client' }).click();
}

/** The line of counts under « Données du … ». */
export function queueCounts(page: Page) {
  return page.getByText(/^En attente : \d+ · Refusées : \d+ · Synchronisées : \d+$/);
}

/**
 * After a reload with no network the app cannot reach the API, so it offers the offline sign-in of the agent who signed
 * in online on this phone (docs/security.md, « Offline sessions on a phone »), which then opens the offline home.
 */
export async function openOfflineSession(page: Page) {
  await expect(page.getByRole('heading', { name: 'Ouvrir hors ligne' })).toBeVisible();
  await page.getByLabel('Mot de passe').fill(AGENT.password);
  await page.getByRole('button', { name: 'Ouvrir hors ligne' }).click();
  await expect(page).toHaveURL(/\/offline$/);
}
