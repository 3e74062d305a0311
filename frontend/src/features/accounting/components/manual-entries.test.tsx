import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ManualEntries } from '@/features/accounting/components/manual-entries';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ACCOUNTANT = { ...AGENT_USER, id: 'acc', username: 'accountant', roles: ['Accountant'] };
const ADMIN = { ...AGENT_USER, id: 'admin', username: 'sfd.admin', roles: ['SfdAdmin'] };
const AUDITOR = { ...AGENT_USER, id: 'aud', username: 'auditor', roles: ['Auditor'] };

const entry = (id: string, overrides: Record<string, unknown>) => ({
  id,
  valueDate: '2026-12-02',
  description: `Écriture ${id}`,
  reference: `PIECE-${id}`,
  amount: 2500000,
  status: 'PendingApproval',
  lines: [
    { glAccountId: 'rent', glAccountCode: '631', glAccountName: 'Loyers', debit: 2500000, credit: 0, label: 'Siège' },
    { glAccountId: 'cash', glAccountCode: '101', glAccountName: 'Caisse', debit: 0, credit: 2500000 },
  ],
  createdBy: 'acc',
  createdByName: 'Koffi Comptable',
  createdAt: '2026-12-04T09:00:00Z',
  ...overrides,
});

const MINE = entry('mine', {});
const THEIRS = entry('theirs', { createdBy: 'other', createdByName: 'Ami Comptable' });
const POSTED = entry('posted', {
  amount: 45000,
  status: 'Posted',
  decidedBy: 'admin',
  decidedByName: 'Admin SFD',
  decidedAt: '2026-12-04T10:00:00Z',
  journalEntryId: 'j1',
  journalEntryNumber: 321,
});
const REJECTED = entry('rejected', {
  status: 'Rejected',
  decidedByName: 'Admin SFD',
  decidedAt: '2026-12-04T10:00:00Z',
  rejectionReason: 'Pièce manquante',
});

const page = (items: unknown[]) => ({ items, page: 1, pageSize: 20, totalCount: items.length });

function answer() {
  return fakeApi((path, request) => {
    if (path === '/api/v1/journal-entries/manual') {
      const pending = new URL(request.url).searchParams.get('status') === 'PendingApproval';
      return jsonResponse(200, page(pending ? [MINE, THEIRS] : [THEIRS, MINE, POSTED, REJECTED]));
    }
    if (path === '/api/v1/journal-entries/theirs/approve') return jsonResponse(200, { ...THEIRS, status: 'Posted' });
    if (path === '/api/v1/journal-entries/posted/reverse') return jsonResponse(200, { ...POSTED, status: 'Reversed' });
    if (path === '/api/v1/journal-entries/theirs/reject') return jsonResponse(200, { ...THEIRS, status: 'Rejected' });
    return jsonResponse(404, {});
  });
}

const card = (id: string) => screen.getByRole('article', { name: `PIECE-${id} — Écriture ${id}` });

describe('ManualEntries', () => {
  it("opens on the inbox with its count; someone else's entry can be approved, one's own only waits", async () => {
    const api = answer();
    renderWithProviders(<ManualEntries />, { user: ACCOUNTANT });

    expect(await screen.findByRole('button', { name: 'À valider 2' })).toBeInTheDocument();
    const theirs = card('theirs');
    expect(theirs.textContent?.replace(/\s/g, ' ')).toContain('2 500 000 FCFA');
    expect(within(theirs).getAllByRole('row').map((row) => row.textContent?.replace(/\s/g, ' '))).toEqual([
      'CompteDébitCrédit',
      '631 LoyersSiège2 500 000 FCFA',
      '101 Caisse2 500 000 FCFA',
    ]);
    expect(within(card('mine')).queryByRole('button')).not.toBeInTheDocument();
    expect(card('mine')).toHaveTextContent('Vous avez saisi cette écriture');

    const user = userEvent.setup();
    await user.click(within(theirs).getByRole('button', { name: 'Valider' }));
    const dialog = screen.getByRole('dialog', { name: "Valider l'écriture" });
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/journal-entries/theirs/approve')).toHaveLength(1));
    expect(api.requestsTo('POST', '/api/v1/journal-entries/theirs/approve')[0].headers.get('Idempotency-Key')).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('lets the administrator reject with a reason, and reverse a posted entry from the full list', async () => {
    const api = answer();
    renderWithProviders(<ManualEntries />, { user: ADMIN });
    const user = userEvent.setup();

    // The administrator wrote neither: both may be decided.
    const mine = await screen.findByRole('article', { name: 'PIECE-mine — Écriture mine' });
    await user.click(within(mine).getByRole('button', { name: 'Rejeter' }));
    const dialog = screen.getByRole('dialog', { name: "Rejeter l'écriture" });
    await user.type(within(dialog).getByLabelText('Motif'), 'Pièce manquante');
    await user.click(within(dialog).getByRole('button', { name: 'Rejeter' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/journal-entries/mine/reject')).toHaveLength(1));
    expect(await api.requestsTo('POST', '/api/v1/journal-entries/mine/reject')[0].json()).toEqual({ reason: 'Pièce manquante' });

    await user.click(screen.getByRole('button', { name: 'Toutes' }));
    const posted = await screen.findByRole('article', { name: 'PIECE-posted — Écriture posted' });
    expect(posted).toHaveTextContent('Écriture n° 321');
    expect(posted).toHaveTextContent('Validée par Admin SFD');
    expect(within(posted).getAllByRole('button').map((button) => button.textContent)).toEqual(['Contre-passer']);
    await user.click(within(posted).getByRole('button', { name: 'Contre-passer' }));
    const reverse = screen.getByRole('dialog', { name: "Contre-passer l'écriture" });
    expect(reverse).toHaveTextContent('écriture n° 321');
    await user.type(within(reverse).getByLabelText('Motif'), 'Doublon');
    await user.click(within(reverse).getByRole('button', { name: 'Contre-passer' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/journal-entries/posted/reverse')).toHaveLength(1));
    const [reversal] = api.requestsTo('POST', '/api/v1/journal-entries/posted/reverse');
    expect(reversal.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await reversal.json()).toEqual({ reason: 'Doublon' });

    const rejected = card('rejected');
    expect(rejected).toHaveTextContent('Rejetée par Admin SFD');
    expect(rejected).toHaveTextContent('Pièce manquante');
    expect(within(rejected).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the auditor every entry without a button', async () => {
    answer();
    renderWithProviders(<ManualEntries />, { user: AUDITOR });
    const user = userEvent.setup();

    await screen.findByRole('article', { name: 'PIECE-theirs — Écriture theirs' });
    await user.click(screen.getByRole('button', { name: 'Toutes' }));
    await screen.findByRole('article', { name: 'PIECE-posted — Écriture posted' });
    expect(screen.getAllByRole('article')).toHaveLength(4);
    for (const article of screen.getAllByRole('article')) expect(within(article).queryByRole('button')).not.toBeInTheDocument();
  });
});
