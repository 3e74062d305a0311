import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { AccountingPeriods } from '@/features/accounting/components/accounting-periods';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ACCOUNTANT = { ...AGENT_USER, id: 'acc', username: 'accountant', roles: ['Accountant'] };
const ADMIN = { ...AGENT_USER, id: 'admin', username: 'sfd.admin', roles: ['SfdAdmin'] };

const open = (month: string, canClose = false) => ({ month, status: 'Open', canClose, canReopen: false });
const PERIODS = [
  open('2026-02'),
  open('2026-01', true),
  {
    month: '2025-12',
    status: 'Closed',
    closedAt: '2026-01-05T09:00:00Z',
    closedByName: 'Koffi Comptable',
    yearEndEntryNumber: 812,
    reopenedAt: '2026-01-04T09:00:00Z',
    reopenedByName: 'Admin SFD',
    reopenReason: 'Facture oubliée',
    canClose: false,
    canReopen: true,
  },
];

function answer(periods: readonly unknown[] = PERIODS) {
  return fakeApi((path) => {
    if (path === '/api/v1/accounting/periods') return jsonResponse(200, periods);
    if (path === '/api/v1/journal-entries/manual')
      return jsonResponse(200, {
        items: [{ id: 'm1', valueDate: '2026-01-20', status: 'PendingApproval', lines: [] }],
        page: 1,
        pageSize: 100,
        totalCount: 1,
      });
    if (path === '/api/v1/accounting/periods/2026-01/close') return jsonResponse(200, { ...PERIODS[1], status: 'Closed' });
    if (path === '/api/v1/accounting/periods/2025-12/reopen') return jsonResponse(200, { ...PERIODS[2], status: 'Open' });
    return jsonResponse(404, {});
  });
}

describe('AccountingPeriods', () => {
  it('shows who closed a month, its year-end entry and why it was reopened; the accountant closes the next month only', async () => {
    const api = answer();
    renderWithProviders(<AccountingPeriods />, { user: ACCOUNTANT });

    await screen.findByText('Février 2026', { exact: false });
    expect(bodyRows()).toEqual([
      ['février 2026', 'Ouverte', '', '', ''],
      ['janvier 2026', 'Ouverte', '', '', 'Clôturer'],
      [
        'décembre 2025',
        'Clôturée',
        `Koffi Comptable, le 05/01/2026 ${new Date('2026-01-05T09:00:00Z').toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}Clôture d'exercice : écriture n° 812`,
        `Admin SFD, le 04/01/2026 ${new Date('2026-01-04T09:00:00Z').toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}Facture oubliée`,
        '',
      ],
    ]);
    expect(screen.queryByRole('button', { name: 'Rouvrir' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clôturer' }));
    const dialog = screen.getByRole('dialog', { name: 'Clôturer janvier 2026' });
    expect(dialog).toHaveTextContent('plus aucune écriture ne pourra y être datée');
    expect(await within(dialog).findByText(/Une écriture à valider est datée de ce mois/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Clôturer' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/accounting/periods/2026-01/close')).toHaveLength(1));
  });

  it("tells the year-end close's consequence, and lets the administrator reopen the latest closed month with a reason", async () => {
    const api = answer([{ ...open('2025-12', true) }, { ...PERIODS[2], month: '2025-11', yearEndEntryNumber: null }]);
    renderWithProviders(<AccountingPeriods />, { user: ADMIN });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Clôturer' }));
    expect(screen.getByRole('dialog', { name: 'Clôturer décembre 2025' })).toHaveTextContent('« Report à nouveau »');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Rouvrir' }));
    const dialog = screen.getByRole('dialog', { name: 'Rouvrir novembre 2025' });
    await user.click(within(dialog).getByRole('button', { name: 'Rouvrir' }));
    expect(api.requestsTo('POST', '/api/v1/accounting/periods/2025-11/reopen')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Motif de la réouverture'), 'Facture oubliée');
    await user.click(within(dialog).getByRole('button', { name: 'Rouvrir' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/accounting/periods/2025-11/reopen')).toHaveLength(1));
    expect(await api.requestsTo('POST', '/api/v1/accounting/periods/2025-11/reopen')[0].json()).toEqual({
      reason: 'Facture oubliée',
    });
  });
});
