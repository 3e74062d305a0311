import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { OperationReceipt } from '@/features/sync/components/operation-receipt';
import type { QueuedOperation } from '@/features/sync/offline-db';
import { AGENT_USER, renderWithProviders } from '@/testing/test-utils';

const NOTE = /^Date de valeur postérieure au jour de l'enregistrement/;

function syncedDeposit(valueDate: string): QueuedOperation {
  return {
    key: 'k1',
    kind: 'Deposit',
    targetId: 'a1',
    recordedAt: '2026-12-04T12:00:00Z',
    amount: 5_000,
    days: null,
    reference: null,
    client: null,
    seq: 1,
    userId: AGENT_USER.id,
    state: 'Synced',
    attempts: 1,
    lastError: null,
    provisionalNumber: 'P-20261204-0001',
    receipt: { id: 't1', journalEntryNumber: 812 } as QueuedOperation['receipt'],
    problem: null,
    valueDate,
    syncedAt: '2026-12-05T08:00:00Z',
    summary: {
      clientId: 'c1',
      clientName: 'Afi Dossou',
      clientNumber: 'CL-0001',
      targetLabel: 'EP-0001',
      total: 5_000,
      currency: 'XOF',
      recordedBy: 'Awa Diallo',
    },
  };
}

describe('OperationReceipt', () => {
  it('says why a deposit synced later is valued after the day it was recorded', () => {
    renderWithProviders(<OperationReceipt operation={syncedDeposit('2026-12-05')} />, { user: AGENT_USER });
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    expect(screen.getByText('N° 812')).toBeInTheDocument();
  });

  it('says nothing more when it is valued on the day it was recorded', () => {
    renderWithProviders(<OperationReceipt operation={syncedDeposit('2026-12-04')} />, { user: AGENT_USER });
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
  });
});
