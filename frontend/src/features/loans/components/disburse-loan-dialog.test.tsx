import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { Loan } from '@/features/loans/api/get-loans';
import { LoanActions } from '@/features/loans/components/loan-actions';
import { LOAN } from '@/features/loans/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const APPROVED: Loan = { ...LOAN, status: 'Approved', disbursementDate: null, totalRepaid: 0 };
const SUPERVISOR = { ...AGENT_USER, username: 'supervisor', roles: ['Supervisor'] };
const DISBURSE = '/api/v1/loans/l1/disburse';

describe('DisburseLoanDialog', () => {
  it('posts once however often Confirm is clicked, then closes on the loan page', async () => {
    let answer: (response: Response) => void = () => {};
    const api = fakeApi((path) => {
      if (path === DISBURSE) return new Promise<Response>((resolve) => (answer = resolve));
      if (path === '/api/v1/accounts') return jsonResponse(200, { items: [], page: 1, pageSize: 100, totalCount: 0 });
      return jsonResponse(404, {});
    });
    renderWithProviders(
      <Routes>
        <Route
          path="/loans/:loanId"
          element={
            <>
              <h1>Page du crédit</h1>
              <LoanActions loan={APPROVED} />
            </>
          }
        />
      </Routes>,
      { route: '/loans/l1', user: SUPERVISOR },
    );
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Décaisser' }));
    await user.click(await screen.findByRole('button', { name: 'Vérifier' }));
    const review = await screen.findByRole('dialog', { name: 'Décaisser le crédit PR-000042' });
    const confirm = within(review).getByRole('button', { name: 'Confirmer' });

    // A double click, faster than the re-render that disables the button.
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(api.requestsTo('POST', DISBURSE)).toHaveLength(1));
    expect(confirm).toBeDisabled();

    answer(jsonResponse(200, { ...LOAN, status: 'Active' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Page du crédit' })).toBeInTheDocument();
    expect(api.requestsTo('POST', DISBURSE)).toHaveLength(1);
  });
});
