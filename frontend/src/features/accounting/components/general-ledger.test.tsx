import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { GeneralLedger } from '@/features/accounting/components/general-ledger';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ACCOUNTANT = { ...AGENT_USER, username: 'accountant', roles: ['Accountant'] };

const LEDGER = {
  glAccountId: 'g1',
  code: '101',
  name: 'Caisse',
  type: 'Asset',
  from: '2026-12-01',
  to: '2026-12-04',
  openingBalance: 100000,
  totalDebit: 45000,
  totalCredit: 20000,
  closingBalance: 125000,
  lines: {
    items: [
      { valueDate: '2026-12-02', entryId: 'e1', entryNumber: 41, description: 'Dépôt sur COT-1', source: 'Deposit', debit: 45000, credit: 0, balance: 145000 },
      { valueDate: '2026-12-03', entryId: 'e2', entryNumber: 42, description: 'Retrait sur COT-1', source: 'Withdrawal', debit: 0, credit: 20000, balance: 125000 },
    ],
    page: 1,
    pageSize: 50,
    totalCount: 2,
  },
};

describe('GeneralLedger', () => {
  it("shows the account's balances and each line with its entry and the running balance, then asks again for a period", async () => {
    const api = fakeApi((path) => (path === '/api/v1/gl-accounts/g1/ledger' ? jsonResponse(200, LEDGER) : jsonResponse(404, {})));
    renderWithProviders(<GeneralLedger glAccountId="g1" />, { user: ACCOUNTANT });

    expect(await screen.findByText(/101 Caisse/)).toBeInTheDocument();
    const balances = screen.getByRole('group', { name: 'Soldes du compte' });
    expect(balances.textContent?.replace(/\s/g, ' ')).toContain("Solde d'ouverture100 000 FCFA");
    expect(balances.textContent?.replace(/\s/g, ' ')).toContain('Solde de clôture125 000 FCFA');
    expect(bodyRows()).toEqual([
      ['2 déc. 2026', 'N° 41 · Dépôt — Dépôt sur COT-1', '45 000 FCFA', '', '145 000 FCFA'],
      ['3 déc. 2026', 'N° 42 · Retrait — Retrait sur COT-1', '', '20 000 FCFA', '125 000 FCFA'],
    ]);
    expect(api.requestsTo('GET', '/api/v1/gl-accounts/g1/ledger')).toHaveLength(1);

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Du'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => {
      const asked = api.requestsTo('GET', '/api/v1/gl-accounts/g1/ledger');
      expect(new URL(asked[asked.length - 1].url).searchParams.get('from')).toBe('2026-11-01');
    });
  });
});
