import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { LOAN_STATUSES, type Loan, type LoanStatus } from '@/features/loans/api/get-loans';
import { LoanSummary } from '@/features/loans/components/loan-summary';
import { LOAN } from '@/features/loans/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';

const GRANTED: readonly LoanStatus[] = ['Approved', 'Active', 'Repaid', 'WrittenOff'];

function renderSummary(status: LoanStatus) {
  const paidOut = ['Active', 'Repaid', 'WrittenOff'].includes(status);
  const loan: Loan = { ...LOAN, status, disbursementDate: paidOut ? LOAN.disbursementDate : null };
  return renderWithProviders(<LoanSummary loan={loan} />);
}

describe('LoanSummary', () => {
  it.each(LOAN_STATUSES.filter((status) => !GRANTED.includes(status)))(
    'calls the amount of a %s loan "Montant demandé", never "accordé"',
    (status) => {
      renderSummary(status);
      expect(screen.getAllByText('Montant demandé').length).toBeGreaterThan(0);
      expect(screen.queryByText('Montant accordé')).not.toBeInTheDocument();
    },
  );

  it.each(GRANTED)('calls the amount of a %s loan "Montant accordé"', (status) => {
    renderSummary(status);
    expect(screen.getAllByText('Montant accordé').length).toBeGreaterThan(0);
    expect(screen.queryByText('Montant demandé')).not.toBeInTheDocument();
  });
});
