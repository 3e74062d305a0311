import 'fake-indexeddb/auto';

import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { OfflineHome } from '@/features/sync/components/offline-home';
import { SyncProvider } from '@/features/sync/components/sync-provider';
import { offlineDb } from '@/features/sync/offline-db';
import { enqueue } from '@/features/sync/queue';
import type { SyncBatch, WorkingDataAnswer } from '@/features/sync/types';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const WORKING_DATA: WorkingDataAnswer = {
  generatedAt: '2026-12-05T07:00:00Z',
  today: '2026-12-05',
  truncated: false,
  institution: { currency: 'XOF', timeZone: 'Africa/Porto-Novo', offlineToleranceDays: 2 },
  clients: [
    { id: 'c1', number: 'CL-0001', firstName: 'Afi', lastName: 'Dossou', phone: '+22961000001', branchId: 'b1' },
    { id: 'c2', number: 'CL-0002', firstName: 'Koffi', lastName: 'Agbo', phone: '+22961000002', branchId: 'b1' },
  ],
  accounts: [{ id: 'a1', number: 'EP-0001', clientId: 'c1', productName: 'Épargne', status: 'Active', balance: 10_000 }],
  loans: [
    {
      id: 'l1',
      number: 'PR-0001',
      clientId: 'c1',
      status: 'Active',
      outstandingPrincipal: 90_000,
      amountOverdue: 0,
      nextInstallment: { number: 3, dueDate: '2026-12-10', amountDue: 12_500 },
    },
  ],
  tontineParticipants: [
    {
      id: 'p1',
      tontineId: 't1',
      tontineName: 'Tontine du marché',
      clientId: 'c1',
      dailyAmount: 500,
      status: 'Active',
      cycleNumber: 2,
      cellsFilled: 37,
      cellsPerCycle: 31,
      balance: 2_500,
      collectedToday: 0,
    },
  ],
  products: { deposit: [], loan: [] },
};

/** What the phone shows of a deposit of 5 000 FCFA on Afi Dossou's account. */
const DEPOSIT_SUMMARY = {
  clientId: 'c1',
  clientName: 'Afi Dossou',
  clientNumber: 'CL-0001',
  targetLabel: 'EP-0001',
  total: 5_000,
  currency: 'XOF',
  recordedBy: 'Awa Diallo',
};

function renderOfflineHome() {
  renderWithProviders(
    <SyncProvider userId={AGENT_USER.id} onSynced={vi.fn()}>
      <OfflineHome userId={AGENT_USER.id} />
    </SyncProvider>,
    { user: AGENT_USER },
  );
}

/** Text as the page reads once its (no-break) spaces are plain ones. */
const plain = (element: HTMLElement) => element.textContent?.replace(/\s/g, ' ');

// Emptied rather than deleted: the sync started by a test may still be finishing with the database.
afterEach(async () => {
  onlineManager.setOnline(true);
  cleanup();
  await Promise.all([offlineDb.queue.clear(), offlineDb.workingData.clear()]);
});

describe('OfflineHome', () => {
  it('records a contribution into the queue with a provisional receipt, then shows it synced with the same key', async () => {
    let networkUp = false;
    const sentKeys: string[][] = [];
    const api = fakeApi(async (path, request) => {
      if (path === '/api/v1/sync/working-data') return jsonResponse(200, WORKING_DATA);
      if (path === '/api/v1/sync/operations') {
        const batch = (await request.json()) as SyncBatch;
        sentKeys.push(batch.operations.map((op) => op.key));
        if (!networkUp) throw new TypeError('Failed to fetch');
        return jsonResponse(200, {
          results: batch.operations.map((op) => ({
            key: op.key,
            status: 'Synced',
            replayed: false,
            valueDate: '2026-12-05',
            receipt: {
              contribution: { id: 'ct1', journalEntryNumber: 4321, amount: 1_000 },
              participant: { id: 'p1' },
            },
            problem: null,
          })),
        });
      }
      return new Response(null, { status: 204 });
    });
    renderOfflineHome();

    expect(await screen.findByText(/^Données du /)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Rechercher un client (nom, n°, téléphone)'), 'doss');
    expect(screen.queryByText('Koffi Agbo')).not.toBeInTheDocument();
    await user.click(screen.getByText('Afi Dossou'));
    expect(plain(screen.getByText(/^Échéance n° 3/))).toBe('Échéance n° 3 le 10 déc. 2026 : 12 500 FCFA');
    // 37 cells since joining, 31 a cycle: the booklet's second cycle has 6.
    expect(plain(screen.getByText(/^Mise de /))).toBe('Mise de 500 FCFA · cycle 2, cases 6/31');
    await user.click(screen.getByRole('button', { name: 'Cotisation' }));

    const form = screen.getByRole('dialog', { name: 'Cotisation de tontine — Afi Dossou' });
    await user.click(within(form).getByLabelText('Un montant'));
    await user.type(within(form).getByLabelText('Montant (FCFA)'), '1 200');
    await user.click(within(form).getByRole('button', { name: 'Vérifier' }));
    expect(within(form).getByLabelText('Montant (FCFA)')).toHaveAccessibleDescription(
      /Le montant doit être un multiple de la mise journalière\./,
    );
    await user.clear(within(form).getByLabelText('Montant (FCFA)'));
    await user.type(within(form).getByLabelText('Montant (FCFA)'), '1 000');
    await user.click(within(form).getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    const receipt = await screen.findByRole('dialog', { name: /^Reçu P-\d{8}-\d{4}$/ });
    expect(within(receipt).getByRole('heading', { name: 'Reçu provisoire' })).toBeInTheDocument();
    expect(within(receipt).getAllByText(/En attente de synchronisation/).length).toBeGreaterThan(0);
    expect(plain(receipt)).toContain('1 000 FCFA');
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/sync/operations')).toHaveLength(1));
    const [queued] = await offlineDb.queue.toArray();
    expect(queued).toMatchObject({ kind: 'TontineContribution', targetId: 'p1', amount: 1_000, days: null, state: 'Pending' });

    networkUp = true;
    // The footer's button (the header's close button has the same name, and no text).
    await user.click(within(receipt).getByText('Fermer', { selector: 'button' }));
    await user.click(screen.getByRole('button', { name: 'Synchroniser maintenant' }));
    await waitFor(async () => expect((await offlineDb.queue.toArray())[0].state).toBe('Synced'));
    expect(sentKeys).toEqual([[queued.key], [queued.key]]);

    await user.click(screen.getByRole('tab', { name: /^File d'attente/ }));
    const item = within(screen.getByRole('list', { name: "File d'attente" })).getByRole('listitem');
    expect(within(item).getByText('Synchronisé')).toBeInTheDocument();
  });

  it('shows a refused operation with its reason; the agent corrects it as a new operation or deletes it after confirming', async () => {
    await offlineDb.workingData.put({ ...WORKING_DATA, userId: AGENT_USER.id, refreshedAt: '2026-12-05T07:00:00Z' });
    const deposit = { kind: 'Deposit' as const, targetId: 'a1', amount: 5_000, days: null, reference: null };
    for (const key of ['refused-1', 'refused-2']) {
      const queued = await enqueue(offlineDb, AGENT_USER.id, { ...deposit, summary: DEPOSIT_SUMMARY }, key);
      const problem = { status: 422, title: 'Refusé', detail: 'Le compte est clôturé.', code: 'account_not_active' };
      await offlineDb.queue.update(queued.seq, { state: 'Refused', problem });
    }
    const api = fakeApi((path) =>
      path === '/api/v1/sync/working-data' ? jsonResponse(503, {}) : new Response(null, { status: 204 }),
    );
    renderOfflineHome();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: "File d'attente (2)" }));
    const items = () => within(screen.getByRole('list', { name: "File d'attente" })).getAllByRole('listitem');
    expect(within(items()[0]).getByText('Refusé')).toBeInTheDocument();
    expect(within(items()[0]).getByText('Le compte est clôturé.')).toBeInTheDocument();

    await user.click(within(items()[0]).getByRole('button', { name: 'Supprimer de la file' }));
    const confirm = screen.getByRole('dialog', { name: /^Supprimer P-\d{8}-\d{4} de la file$/ });
    await user.click(within(confirm).getByRole('button', { name: 'Supprimer de la file' }));
    await waitFor(() => expect(items()).toHaveLength(1));

    // Recording writes to the phone: React Query must not hold it back as it holds back network calls while offline.
    onlineManager.setOnline(false);
    await user.click(within(items()[0]).getByRole('button', { name: 'Corriger et renvoyer' }));
    const form = await screen.findByRole('dialog', { name: 'Dépôt — Afi Dossou' });
    expect(within(form).getByLabelText('Montant (FCFA)')).toHaveValue('5000');
    await user.clear(within(form).getByLabelText('Montant (FCFA)'));
    await user.type(within(form).getByLabelText('Montant (FCFA)'), '4 000');
    await user.click(within(form).getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));
    await screen.findByRole('dialog', { name: /^Reçu P-\d{8}-\d{4}$/ });

    const queue = await offlineDb.queue.toArray();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ targetId: 'a1', amount: 4_000 });
    expect(['Pending', 'Syncing']).toContain(queue[0].state);
    expect(queue[0].key).not.toBe('refused-2');
    expect(api.requestsTo('PUT', `/api/v1/sync/devices/${localStorage.getItem('microfinance.deviceId')}`).length).toBeGreaterThan(0);
  });

  it('drafts a new client offline, with the counter form and its checks, and shows the number the sync gave it', async () => {
    await offlineDb.workingData.put({ ...WORKING_DATA, userId: AGENT_USER.id, refreshedAt: '2026-12-05T07:00:00Z' });
    let networkUp = false;
    const sent: SyncBatch[] = [];
    fakeApi(async (path, request) => {
      if (path === '/api/v1/sync/working-data') return jsonResponse(503, {});
      if (path === '/api/v1/sync/operations') {
        const batch = (await request.json()) as SyncBatch;
        sent.push(batch);
        if (!networkUp) throw new TypeError('Failed to fetch');
        return jsonResponse(200, {
          results: batch.operations.map((op) => ({
            key: op.key,
            status: 'Synced',
            replayed: false,
            valueDate: null,
            receipt: { id: 'c9', number: 'CL-000042', firstName: 'Mariam', lastName: 'Sanni' },
            problem: null,
          })),
        });
      }
      return new Response(null, { status: 204 });
    });
    onlineManager.setOnline(false);
    renderOfflineHome();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nouveau client' }));

    const form = screen.getByRole('dialog', { name: 'Nouveau client' });
    expect(within(form).getByText(/le client est enregistré dans votre agence et vous est attribué/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Prénom'), 'Mariam');
    await user.type(within(form).getByLabelText('Nom de famille'), 'Sanni');
    await user.selectOptions(within(form).getByLabelText('Sexe'), 'Female');
    await user.type(within(form).getByLabelText('Date de naissance'), '1990-05-14');
    // Afi Dossou's number: caught on the phone, before the server says it.
    await user.type(within(form).getByLabelText('Téléphone'), '+229 61 00 00 01');
    await user.click(within(form).getByRole('button', { name: 'Vérifier' }));
    expect(within(form).getByLabelText('Téléphone')).toHaveAccessibleDescription('Ce numéro est déjà celui d\'un de vos clients.');
    await user.clear(within(form).getByLabelText('Téléphone'));
    await user.type(within(form).getByLabelText('Téléphone'), '+229 61 00 00 09');
    await user.click(within(form).getByRole('button', { name: 'Vérifier' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    const receipt = await screen.findByRole('dialog', { name: /^Reçu P-\d{8}-\d{4}$/ });
    expect(plain(receipt)).toContain('n° attribué à la synchronisation');
    expect(plain(receipt)).not.toContain('FCFA');
    const [queued] = await offlineDb.queue.toArray();
    expect(queued).toMatchObject({
      kind: 'NewClient',
      targetId: null,
      amount: null,
      client: { firstName: 'Mariam', lastName: 'Sanni', gender: 'Female', dateOfBirth: '1990-05-14', phone: '+22961000009' },
    });

    onlineManager.setOnline(true);
    networkUp = true;
    await user.click(within(receipt).getByText('Fermer', { selector: 'button' }));
    await user.click(screen.getByRole('button', { name: 'Synchroniser maintenant' }));
    await waitFor(async () => expect((await offlineDb.queue.toArray())[0].state).toBe('Synced'));
    expect(sent.at(-1)?.operations[0]).toMatchObject({
      key: queued.key,
      kind: 'NewClient',
      client: { firstName: 'Mariam', lastName: 'Sanni', gender: 'Female', dateOfBirth: '1990-05-14', phone: '+22961000009' },
    });

    await user.click(screen.getByRole('tab', { name: /^File d'attente/ }));
    await user.click(screen.getByRole('button', { name: 'Reçu' }));
    const synced = await screen.findByRole('dialog', { name: /^Reçu P-/ });
    expect(plain(synced)).toContain('CL-000042');
    expect(within(synced).queryByText('Date de valeur')).not.toBeInTheDocument();
    expect(within(synced).getByRole('link', { name: 'Ouvrir la fiche du client' })).toHaveAttribute('href', '/clients/c9');
  });

  it('warns when operations have waited since an earlier day, with the tolerance the server applies', async () => {
    await offlineDb.workingData.put({ ...WORKING_DATA, userId: AGENT_USER.id, refreshedAt: '2026-12-05T07:00:00Z' });
    const yesterday = new Date(Date.now() - 86_400_000);
    const deposit = { kind: 'Deposit' as const, targetId: 'a1', amount: 5_000, days: null, reference: null };
    await enqueue(offlineDb, AGENT_USER.id, { ...deposit, summary: DEPOSIT_SUMMARY }, 'old-1', yesterday);
    fakeApi((path) => {
      if (path === '/api/v1/sync/operations') throw new TypeError('Failed to fetch');
      return path === '/api/v1/sync/working-data' ? jsonResponse(503, {}) : new Response(null, { status: 204 });
    });
    renderOfflineHome();

    expect(await screen.findByText(/^Des opérations attendent depuis le /)).toHaveTextContent(
      /le serveur refuse celles enregistrées plus de 2 jours avant son jour/,
    );
  });

  it('says when the phone has no working data yet and the server cannot be reached', async () => {
    fakeApi(() => Promise.reject(new TypeError('Failed to fetch')));
    renderOfflineHome();

    expect(await screen.findByText(/^Aucune donnée de travail sur ce téléphone/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Rechercher un client (nom, n°, téléphone)')).not.toBeInTheDocument();
  });
});
