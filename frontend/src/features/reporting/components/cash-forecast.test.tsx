import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ReportPage } from '@/features/reporting/api/get-report';
import type { ReportDefinition } from '@/features/reporting/api/get-reports';
import { Reports } from '@/features/reporting/components/reports';
import { OPTIONS, runsPage } from '@/features/reporting/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ACCOUNTANT = { ...AGENT_USER, id: 'u5', username: 'accountant', roles: ['Accountant'] };

const CASH_FORECAST: ReportDefinition = {
  name: 'cash-forecast',
  title: 'Prévision de trésorerie',
  description: 'Semaine par semaine : les échéances attendues pondérées par le taux de ponctualité.',
  columns: [
    { key: 'week', title: 'Semaine', kind: 'Text' },
    { key: 'from', title: 'Du', kind: 'Date' },
    { key: 'to', title: 'Au', kind: 'Date' },
    { key: 'scheduled', title: 'Échéances prévues', kind: 'Money' },
    { key: 'inflows', title: 'Entrées attendues', kind: 'Money' },
    { key: 'disbursements', title: 'Crédits à décaisser', kind: 'Money' },
    { key: 'withdrawals', title: 'Retraits en attente', kind: 'Money' },
    { key: 'net', title: 'Flux net', kind: 'Money' },
    { key: 'position', title: 'Trésorerie projetée', kind: 'Money' },
  ],
  filters: ['horizon'],
  statuses: [],
};

const PAGE: ReportPage = {
  name: CASH_FORECAST.name,
  title: CASH_FORECAST.title,
  columns: CASH_FORECAST.columns,
  rows: [
    ['S1', '2026-12-04', '2026-12-10', 0, 0, 200000, 400000, -600000, -190000],
    ['S2', '2026-12-11', '2026-12-17', 30000, 15000, 0, 0, 15000, -175000],
  ],
  totals: [
    { label: 'Trésorerie du jour', value: 410000, kind: 'Money', key: 'cashToday' },
    { label: 'Taux de ponctualité (90 jours)', value: 50, kind: 'Percent', key: 'onTimeRate' },
  ],
  page: 1,
  pageSize: 20,
  totalCount: 2,
};

describe('Cash forecast', () => {
  it('offers the 30, 60 and 90 day horizons, sends the one chosen, and draws the weeks above their table', async () => {
    const api = fakeApi((path) => {
      if (path === '/api/v1/reports') return jsonResponse(200, [CASH_FORECAST]);
      if (path === '/api/v1/reports/cash-forecast') return jsonResponse(200, PAGE);
      if (path === '/api/v1/report-runs') return jsonResponse(200, runsPage([]));
      return jsonResponse(404, {});
    });
    renderWithProviders(<Reports options={OPTIONS} />, { route: '/rapports?report=cash-forecast', user: ACCOUNTANT });
    const user = userEvent.setup();

    const region = await screen.findByRole('region', { name: 'Prévision de trésorerie' });
    await within(region).findByRole('table');
    expect(screen.getByTestId('cash-forecast-chart')).toBeInTheDocument();
    expect(within(region).getByText('410 000 FCFA')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Filtres du rapport' });
    const horizon = within(form).getByLabelText('Horizon');
    expect(within(horizon).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '30 jours (par défaut)',
      '30 jours',
      '60 jours',
      '90 jours',
    ]);

    await user.selectOptions(horizon, '60');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));

    await waitFor(() =>
      expect(Object.fromEntries(new URL(api.requestsTo('GET', '/api/v1/reports/cash-forecast').at(-1)!.url).searchParams)).toEqual({
        horizon: '60',
        page: '1',
        pageSize: '20',
      }),
    );
  });
});
