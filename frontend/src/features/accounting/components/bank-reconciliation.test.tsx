import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { BankReconciliation } from '@/features/accounting/components/bank-reconciliation';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ACCOUNTANT = { ...AGENT_USER, username: 'accountant', roles: ['Accountant'] };
const AUDITOR = { ...AGENT_USER, username: 'auditor', roles: ['Auditor'] };

const CHART = [
  { id: 'cash', code: '101', name: 'Caisse', type: 'Asset', class: 1, isActive: true },
  { id: 'bank', code: '111', name: 'Banques, comptes ordinaires', type: 'Asset', class: 1, isActive: true },
];

const FORMAT = {
  glAccountId: 'bank',
  isSaved: true,
  delimiter: ';',
  hasHeader: true,
  dateColumn: 1,
  labelColumn: 2,
  amountColumn: 3,
  debitColumn: null,
  creditColumn: null,
  referenceColumn: 4,
  dateFormat: 'dd/MM/yyyy',
  decimalSeparator: ',',
};

const line = (id: string, label: string, amount: number, extra: object = {}) => ({
  id,
  statementId: 'st1',
  lineNumber: 2,
  date: '2026-12-02',
  label,
  amount,
  reference: null,
  matchedJournalLineId: null,
  matchedBy: null,
  matchedAt: null,
  matchedAutomatically: false,
  ...extra,
});

const book = (journalLineId: string, entryNumber: number, debit: number, credit: number, reference: string | null = null) => ({
  journalLineId,
  entryId: `e${entryNumber}`,
  entryNumber,
  valueDate: '2026-12-01',
  description: `Dépôt sur COT-${entryNumber}`,
  reference,
  debit,
  credit,
});

const RECONCILIATION = {
  glAccountId: 'bank',
  code: '111',
  name: 'Banques, comptes ordinaires',
  from: null,
  to: '2026-12-04',
  dateWindowDays: 3,
  statementBalance: 1_847_500,
  bookBalance: 2_700_000,
  unmatchedStatementTotal: 47_500,
  unmatchedBookTotal: 900_000,
  reconciledBalance: 1_847_500,
  difference: 0,
  unmatchedStatementCount: 2,
  unmatchedBookCount: 2,
  statementLines: [
    line('s1', 'Virement reçu VIR-004', 900_000, { reference: 'VIR-004' }),
    line('s2', 'Frais de tenue de compte', -2_500),
  ],
  bookLines: [book('j4', 44, 900_000, 0, 'VIR-004'), book('j5', 45, 900_000, 0, 'VIR-005')],
  suggestions: [{ statementLineId: 's1', journalLine: book('j4', 44, 900_000, 0, 'VIR-004'), byReference: true }],
  matches: [
    {
      statementLine: line('s0', 'Virement reçu VIR-001', 900_000, {
        matchedJournalLineId: 'j1',
        matchedAt: '2026-12-04T09:30:00Z',
        matchedAutomatically: false,
      }),
      journalLine: book('j1', 41, 900_000, 0, 'VIR-001'),
      matchedByName: 'Ibrahim Sawadogo',
    },
  ],
};

function answer(path: string) {
  if (path === '/api/v1/gl-accounts') return jsonResponse(200, CHART);
  if (path === '/api/v1/bank-accounts/bank/statement-format') return jsonResponse(200, FORMAT);
  if (path === '/api/v1/bank-accounts/bank/reconciliation') return jsonResponse(200, RECONCILIATION);
  if (path.startsWith('/api/v1/bank-statement-lines/')) return jsonResponse(200, line('s1', 'x', 1));
  return jsonResponse(404, {});
}

describe('BankReconciliation', () => {
  it('opens on the bank account with its balances, both sides, the suggestion and the recorded match', async () => {
    fakeApi(answer);
    renderWithProviders(<BankReconciliation />, { user: ACCOUNTANT });

    const balances = await screen.findByRole('group', { name: 'Soldes du rapprochement' });
    expect(screen.getByLabelText('Compte de banque')).toHaveValue('bank');
    expect(within(balances).getByTestId('balance-book').textContent?.replace(/\s/g, ' ')).toBe('2 700 000 FCFA');
    expect(within(balances).getByTestId('balance-unmatchedBook').textContent?.replace(/\s/g, ' ')).toBe('-900 000 FCFA');
    expect(within(balances).getByTestId('balance-reconciled').textContent?.replace(/\s/g, ' ')).toBe('1 847 500 FCFA');
    expect(within(balances).getByText(/Le solde rapproché égale le solde du relevé/)).toBeInTheDocument();
    const statementSide = screen.getByRole('list', { name: /Relevé.*lignes non rapprochées \(2\)/ });
    expect(within(statementSide).getAllByRole('radio')).toHaveLength(2);
    const bookSide = screen.getByRole('list', { name: /Comptabilité.*écritures non rapprochées \(2\)/ });
    expect(within(bookSide).getByText(/N° 45 — Dépôt sur COT-45/)).toBeInTheDocument();
    expect(screen.getByText('référence')).toBeInTheDocument();
    expect(screen.getByText(/Rapprochée à la main par Ibrahim Sawadogo/)).toBeInTheDocument();
  });

  it('confirms a suggestion in one click, matches a pair chosen by hand and undoes a match', async () => {
    const api = fakeApi(answer);
    renderWithProviders(<BankReconciliation />, { user: ACCOUNTANT });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Valider le rapprochement de «.Virement reçu VIR-004.»/ }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/bank-statement-lines/s1/match')).toHaveLength(1));
    expect(await api.requestsTo('POST', '/api/v1/bank-statement-lines/s1/match')[0].json()).toEqual({ journalLineId: 'j4' });

    const pairButton = screen.getByRole('button', { name: 'Rapprocher la sélection' });
    expect(pairButton).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Frais de tenue de compte/ }));
    await user.click(screen.getByRole('radio', { name: /N° 45/ }));
    await user.click(pairButton);
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/bank-statement-lines/s2/match')).toHaveLength(1));
    expect(await api.requestsTo('POST', '/api/v1/bank-statement-lines/s2/match')[0].json()).toEqual({ journalLineId: 'j5' });

    await user.click(screen.getByRole('button', { name: /Annuler le rapprochement de «.Virement reçu VIR-001.»/ }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/bank-statement-lines/s0/unmatch')).toHaveLength(1));
  });

  it('lets an auditor read the workbench without importing or matching', async () => {
    fakeApi(answer);
    renderWithProviders(<BankReconciliation />, { user: AUDITOR });

    expect(await screen.findByRole('group', { name: 'Soldes du rapprochement' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Valider/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tout rapprocher automatiquement' })).not.toBeInTheDocument();
    expect(screen.queryByText('Importer un relevé')).not.toBeInTheDocument();
    expect(screen.getAllByRole('radio').every((radio) => (radio as HTMLInputElement).disabled)).toBe(true);
  });
});
