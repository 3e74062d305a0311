import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { LoanSimulator } from '@/features/loans/components/loan-simulator';
import { PRODUCT, SIMULATION, TERMS } from '@/features/loans/testing/fixtures';
import { localToday } from '@/lib/format';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

/** The text of each cell of a row (header cells included), its no-break spaces made plain. */
function cells(row: HTMLElement) {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s/g, ' '));
}

describe('LoanSimulator', () => {
  it("fills in a product's terms, and shows the schedule with its totals, the APR and the offer to print", async () => {
    // The chart sizes itself to its container, which jsdom cannot measure.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const api = fakeApi((path) => {
      if (path === '/api/v1/loan-products') return jsonResponse(200, [PRODUCT]);
      if (path === '/api/v1/loans/simulate') return jsonResponse(200, SIMULATION);
      return jsonResponse(404, {});
    });
    renderWithProviders(<LoanSimulator />, { user: AGENT_USER });
    const user = userEvent.setup();

    await screen.findByRole('option', { name: 'Crédit Commerce (COMMERCE)' });
    await user.selectOptions(screen.getByLabelText('Produit'), 'Crédit Commerce (COMMERCE)');
    await user.type(screen.getByLabelText('Montant (FCFA)'), '100 000');
    await user.clear(screen.getByLabelText('Taux annuel (%)'));
    await user.type(screen.getByLabelText('Taux annuel (%)'), '12');
    await user.click(screen.getByRole('button', { name: 'Calculer' }));

    const offer = await screen.findByRole('article', { name: 'Offre de prêt' });
    const [request] = api.requestsTo('POST', '/api/v1/loans/simulate');
    expect(await request.json()).toEqual({ principal: 100000, ...TERMS, disbursementDate: localToday() });
    expect(offer).toHaveTextContent('SFD Démo');
    expect(within(offer).getByRole('button', { name: 'Imprimer' })).toBeInTheDocument();

    const table = within(offer).getByRole('table');
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(cells(header)).toEqual(['N°', 'Échéance', 'Capital', 'Intérêts', 'Frais', 'Total', 'Capital restant dû']);
    expect(rows.map(cells)).toEqual([
      ['1', '21 déc. 2026', '33 002 FCFA', '1 000 FCFA', '1 000 FCFA', '35 002 FCFA', '66 998 FCFA'],
      ['2', '21 janv. 2027', '33 332 FCFA', '670 FCFA', '0 FCFA', '34 002 FCFA', '33 666 FCFA'],
      ['3', '21 févr. 2027', '33 666 FCFA', '337 FCFA', '0 FCFA', '34 003 FCFA', '0 FCFA'],
      // The totals: the columns add up, and the total to repay is principal + interest + fees.
      ['Totaux', '100 000 FCFA', '2 007 FCFA', '1 000 FCFA', '103 007 FCFA', ''],
    ]);
    expect(offer).toHaveTextContent('Taux effectif global (TEG)18,04 %');
    expect(offer).toHaveTextContent('Coût total du crédit3 007 FCFA');
  });
});
