import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Installment } from '@/features/loans/api/get-loan-schedule';
import { LoanSchedule } from '@/features/loans/components/loan-schedule';
import { LOAN } from '@/features/loans/testing/fixtures';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

/** An installment of {@link LOAN}: nothing paid, no penalty, unless `change` says otherwise. */
function installment(number: number, change: Partial<Installment>): Installment {
  return {
    number,
    dueDate: '2026-12-21',
    principalDue: 33000,
    interestDue: 1000,
    feesDue: 0,
    penaltiesDue: 0,
    totalDue: 34000,
    principalPaid: 0,
    interestPaid: 0,
    feesPaid: 0,
    penaltiesPaid: 0,
    totalPaid: 0,
    outstanding: 34000,
    state: 'Upcoming',
    ...change,
  };
}

const SCHEDULE = [
  installment(1, { dueDate: '2026-09-21', totalPaid: 34000, outstanding: 0, state: 'Paid' }),
  installment(2, { dueDate: '2026-10-21', penaltiesDue: 170, totalDue: 34170, outstanding: 34170, state: 'Late' }),
  installment(3, { dueDate: '2026-11-21', totalPaid: 10000, outstanding: 24000, state: 'PartiallyPaid' }),
  installment(4, { dueDate: '2026-11-21', state: 'Due' }),
  installment(5, { dueDate: '2026-12-21', state: 'Upcoming' }),
];

describe('LoanSchedule', () => {
  it("colours each installment's row by its state and names the state, paid, late, partly paid, due or upcoming", async () => {
    fakeApi((path) => (path === '/api/v1/loans/l1/schedule' ? jsonResponse(200, SCHEDULE) : jsonResponse(404, {})));
    renderWithProviders(<LoanSchedule loan={LOAN} />);

    const schedule = await screen.findByRole('region', { name: 'Échéancier' });
    const rows = (await within(schedule).findAllByRole('row')).slice(1);
    expect(
      rows.map((row) => [
        within(row).getAllByRole('cell')[0].textContent,
        row.className,
        within(row).getAllByRole('cell').at(-1)?.textContent,
      ]),
    ).toEqual([
      ['1', 'table-success', 'Payée'],
      ['2', 'table-danger', 'En retard'],
      ['3', 'table-info', 'Payée en partie'],
      ['4', 'table-warning', "Due aujourd'hui"],
      ['5', '', 'À venir'],
    ]);
    // A late installment owes its penalties on top; what is paid and what is left show beside.
    expect(rows[1]).toHaveTextContent('170 FCFA');
    expect(rows[1]).toHaveTextContent('34 170 FCFA');
    expect(rows[2]).toHaveTextContent('10 000 FCFA');
    expect(rows[2]).toHaveTextContent('24 000 FCFA');
  });
});
