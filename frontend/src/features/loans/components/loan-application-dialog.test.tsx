import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { LoanApplicationDialog } from '@/features/loans/components/loan-application-dialog';
import { LOAN, PRODUCT, SIMULATION, TERMS } from '@/features/loans/testing/fixtures';
import { localToday } from '@/lib/format';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const NOT_ELIGIBLE = {
  title: 'The application is not eligible.',
  status: 422,
  detail: 'The client needs a savings account open for at least 90 days. The amount is above 5 × the client’s savings.',
  code: 'loan_not_eligible',
  reasons: [
    { code: 'savings_too_recent', message: 'The client needs a savings account open for at least 90 days.' },
    { code: 'amount_above_savings_multiple', message: "The amount is above 5 × the client's savings (50000)." },
    { code: 'a_rule_the_spa_does_not_know', message: 'The client is on the blacklist of the central bank.' },
  ],
};

function answer(path: string, applicationAnswer: () => Response) {
  if (path === '/api/v1/loan-products') return jsonResponse(200, [PRODUCT]);
  if (path === '/api/v1/loans/simulate') return jsonResponse(200, SIMULATION);
  if (path === '/api/v1/loan-applications') return applicationAnswer();
  return jsonResponse(404, {});
}

function renderDialog() {
  return renderWithProviders(
    <Routes>
      <Route
        path="/"
        element={<LoanApplicationDialog client={{ id: 'c1', name: 'Afiavi Houngbédji' }} onClose={() => {}} />}
      />
      <Route path="/loans/:loanId" element={<p>Page du crédit</p>} />
    </Routes>,
    { user: AGENT_USER },
  );
}

/** Chooses the product once the list has loaded. */
async function chooseProduct(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: 'Crédit Commerce (COMMERCE)' });
  await user.selectOptions(screen.getByLabelText('Produit'), 'Crédit Commerce (COMMERCE)');
}

/** Chooses the product and types the terms, then waits for the schedule the API simulates for them. */
async function fillApplication() {
  const user = userEvent.setup();
  await chooseProduct(user);
  await user.type(screen.getByLabelText('Montant (FCFA)'), '100 000');
  await user.type(screen.getByLabelText("Nombre d'échéances"), '3');
  await user.clear(screen.getByLabelText('Taux annuel (%)'));
  await user.type(screen.getByLabelText('Taux annuel (%)'), '12');
  await user.type(screen.getByLabelText('Objet du crédit'), 'Stock de pagnes');
  const preview = screen.getByRole('region', { name: 'Échéancier et coût' });
  expect(await within(preview).findByText('18,04 %')).toBeInTheDocument();
  return user;
}

describe('LoanApplicationDialog', () => {
  it('starts the rate at the product maximum and previews the schedule and APR of the terms typed', async () => {
    const api = fakeApi((path) => answer(path, () => jsonResponse(201, LOAN)));
    renderDialog();
    const user = userEvent.setup();

    await chooseProduct(user);
    expect(screen.getByLabelText('Taux annuel (%)')).toHaveValue('20');
    // The product's bounds, under the field (amounts keep their no-break spaces).
    expect(screen.getByLabelText('Montant (FCFA)')).toHaveAccessibleDescription(
      /^De 25\s000\sFCFA à 2\s000\s000\sFCFA\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));
    expect(api.requestsTo('POST', '/api/v1/loan-applications')).toHaveLength(0);

    await user.type(screen.getByLabelText('Montant (FCFA)'), '100 000');
    await user.type(screen.getByLabelText("Nombre d'échéances"), '3');
    const preview = screen.getByRole('region', { name: 'Échéancier et coût' });
    expect(await within(preview).findByText('18,04 %')).toBeInTheDocument();
    const simulations = api.requestsTo('POST', '/api/v1/loans/simulate');
    // The product's frequency, method and fee; the rate it started at; disbursed today.
    expect(await simulations[simulations.length - 1].json()).toEqual({
      principal: 100000,
      ...TERMS,
      annualInterestRatePercent: 20,
      disbursementDate: localToday(),
    });
  });

  it('lists every reason the client is not eligible: in French when the code is known, with the API words', async () => {
    const api = fakeApi((path) => answer(path, () => jsonResponse(422, NOT_ELIGIBLE)));
    renderDialog();

    const user = await fillApplication();
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("La demande ne remplit pas les conditions d'octroi :");
    const reasons = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(reasons).toEqual([
      "Le compte d'épargne du client n'est pas assez ancien.The client needs a savings account open for at least 90 days.",
      "Le montant dépasse le multiple autorisé de l'épargne du client.The amount is above 5 × the client's savings (50000).",
      'The client is on the blacklist of the central bank.',
    ]);
    expect(screen.queryByText('Page du crédit')).not.toBeInTheDocument();

    const [application] = api.requestsTo('POST', '/api/v1/loan-applications');
    expect(await application.json()).toEqual({
      clientId: 'c1',
      productId: 'p1',
      amount: 100000,
      numberOfInstallments: 3,
      annualInterestRatePercent: 12,
      gracePeriods: 0,
      purpose: 'Stock de pagnes',
      guarantee: null,
    });
  });

  it('opens the new draft once saved', async () => {
    fakeApi((path) => answer(path, () => jsonResponse(201, LOAN)));
    renderDialog();

    const user = await fillApplication();
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));

    expect(await screen.findByText('Page du crédit')).toBeInTheDocument();
  });
});
