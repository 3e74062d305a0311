import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SyncDevicesList } from '@/features/sync/devices/sync-devices-list';
import type { SyncDeviceStatus } from '@/features/sync/types';
import { bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const HOUR = 60 * 60_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const DEVICES: SyncDeviceStatus[] = [
  {
    deviceId: 'd-awa-phone',
    userId: 'u1',
    userName: 'Awa Diallo',
    branchName: 'Agence Cotonou Centre',
    pending: 3,
    refused: 0,
    oldestPendingAt: hoursAgo(2),
    reportedAt: hoursAgo(1),
    lastSyncedAt: hoursAgo(20),
  },
  {
    deviceId: 'd-koffi-phone',
    userId: 'u2',
    userName: 'Koffi Mensah',
    branchName: 'Agence Cotonou Centre',
    pending: 0,
    refused: 1,
    oldestPendingAt: null,
    reportedAt: hoursAgo(3),
    lastSyncedAt: null,
  },
  {
    deviceId: 'd-5f0c2a9e-41c7-4d0e-9b1a-7c2f3e4d5a6b',
    userId: 'u3',
    userName: 'Rachid Bello',
    branchName: null,
    pending: 12,
    refused: 2,
    oldestPendingAt: hoursAgo(30),
    reportedAt: hoursAgo(5),
    lastSyncedAt: hoursAgo(40),
  },
];

describe('SyncDevicesList', () => {
  it("lists each agent's phone, most pending first, warning of operations waiting over a day", async () => {
    const api = fakeApi(() => jsonResponse(200, DEVICES));
    renderWithProviders(<SyncDevicesList />);

    const table = await screen.findByRole('table');
    const rows = bodyRows(table);
    expect(rows.map((row) => row[0])).toEqual([
      'Rachid Bello',
      'Awa DialloAgence Cotonou Centre',
      'Koffi MensahAgence Cotonou Centre',
    ]);
    // A long device id shows by its end; the pending count, the refused, and never synced.
    expect(rows[0][1]).toBe('…3e4d5a6b');
    expect(rows[0][2]).toBe("12Plus d'un jour");
    expect(rows[1][2]).toBe('3');
    expect(rows[2].slice(2, 4)).toEqual(['0', '1']);
    expect(rows[2][6]).toBe('Jamais');
    expect(within(table).getAllByText("Plus d'un jour")).toHaveLength(1);

    expect(screen.getByText(/15 opérations en attente de synchronisation\./)).toBeVisible();
    expect(screen.getByText("1 téléphone garde des opérations depuis plus d'un jour.")).toBeVisible();
    expect(api.requestsTo('GET', '/api/v1/sync/devices')).toHaveLength(1);
  });

  it('says when no phone has reported yet', async () => {
    fakeApi(() => jsonResponse(200, []));
    renderWithProviders(<SyncDevicesList />);

    expect(await screen.findByText("Aucun téléphone n'a encore signalé ses opérations à synchroniser.")).toBeVisible();
  });
});
