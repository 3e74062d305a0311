import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { Anomaly } from '@/features/anomalies/api/get-anomalies';
import type { AnomalyStatistics } from '@/features/anomalies/api/get-anomaly-statistics';
import { AnomaliesList } from '@/features/anomalies/components/anomalies-list';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders, watchSavedFiles } from '@/testing/test-utils';

const AUDITOR = { ...AGENT_USER, id: 'u5', username: 'auditor', displayName: 'Fatou Ndiaye', roles: ['Auditor'] };

const LATE: Anomaly = {
  id: 'a1',
  rule: 'late_repayment',
  severity: 'High',
  status: 'Open',
  magnitude: 3,
  figures: { daysLate: '100', oldestUnpaidDueDate: '2026-08-27', amountAtRisk: '150000' },
  subjects: [
    { type: 'Loan', id: 'l1', label: 'PR-000042' },
    { type: 'Client', id: 'c1', label: null },
  ],
  occurredOn: '2026-08-27',
  branchId: 'b1',
  branchName: 'Agence Cotonou Centre',
  agentId: 'u7',
  agentName: 'Koffi Mensah',
  clientId: 'c1',
  clientName: 'Afiavi Tossou',
  firstDetectedAt: '2026-12-04T06:00:00Z',
  lastDetectedAt: '2026-12-05T06:00:00Z',
  detectionCount: 2,
  reviewedAt: null,
  reviewedBy: null,
  reviewedByName: null,
  comments: [],
};

const STATISTICS: AnomalyStatistics = {
  rules: [
    { rule: 'late_repayment', open: 1, acknowledged: 0, explained: 0, dismissed: 0, total: 1 },
    { rule: 'near_duplicate', open: 0, acknowledged: 0, explained: 2, dismissed: 0, total: 2 },
    { rule: 'structuring', open: 0, acknowledged: 0, explained: 0, dismissed: 0, total: 0 },
  ],
  trend: [{ weekStart: '2026-08-24', high: 1, medium: 0, low: 0, total: 1 }],
};

const CSV_NAME = 'anomalies-20261205-101500.csv';

function listApi() {
  return fakeApi((path, request) => {
    if (path === '/api/v1/anomalies') return jsonResponse(200, { items: [LATE], page: 1, pageSize: 20, totalCount: 1 });
    if (path === '/api/v1/anomalies/statistics') return jsonResponse(200, STATISTICS);
    if (path === '/api/v1/anomalies/export' && new URL(request.url).searchParams.get('format') === 'csv')
      return new Response('\uFEFFRègle\r\n', {
        status: 200,
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename*=UTF-8''${CSV_NAME}` },
      });
    return jsonResponse(404, {});
  });
}

function queryOf(api: ReturnType<typeof listApi>, path: string) {
  const request = api.requestsTo('GET', path).at(-1);
  return Object.fromEntries(new URL(request!.url).searchParams);
}

function Address() {
  const { search } = useLocation();
  return <output data-testid="address">{search}</output>;
}

function address() {
  return Object.fromEntries(new URLSearchParams(screen.getByTestId('address').textContent ?? ''));
}

function renderList(route: string) {
  renderWithProviders(
    <>
      <AnomaliesList
        options={{
          branches: [{ id: '0b6b5b1e-8e53-4d55-9a7e-0c1f4f6a4a10', name: 'Agence Cotonou Centre' }],
          agents: [{ id: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Koffi Mensah' }],
        }}
      />
      <Address />
    </>,
    { route, user: AUDITOR },
  );
}

describe('AnomaliesList', () => {
  it("opens pre-filtered from the notice's link: the list, its counts and its trend ask for the address's filters", async () => {
    const api = listApi();
    renderList('/anomalies?severity=High&status=Open');

    // A table from 768 px, a card on a phone: the same link twice.
    const links = await screen.findAllByRole('link', { name: 'Remboursement en retard' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/anomalies/a1', '/anomalies/a1']);
    expect(queryOf(api, '/api/v1/anomalies')).toEqual({ severity: 'High', status: 'Open', page: '1', pageSize: '20' });
    expect(queryOf(api, '/api/v1/anomalies/statistics')).toEqual({ severity: 'High', status: 'Open' });
    expect(screen.getByRole('form', { name: 'Filtres des anomalies' })).toHaveFormValues({
      severity: 'High',
      status: 'Open',
      rule: '',
    });
    // The row's sum at stake, labelled and formatted; the counts of the rules that found something.
    expect(screen.getAllByText('Encours à risque : 150 000 FCFA')[0]).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Par règle' });
    expect(within(counts).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Remboursement en retard1 · 1 ouverte',
      'Opération en double2',
    ]);
  });

  it('keeps the filters chosen in the address, and a count per rule filters by its rule', async () => {
    const api = listApi();
    renderList('/anomalies?page=2');
    const user = userEvent.setup();
    await screen.findAllByRole('link', { name: 'Remboursement en retard' });

    const form = screen.getByRole('form', { name: 'Filtres des anomalies' });
    await user.selectOptions(within(form).getByLabelText('Règle'), 'Opération en double');
    await user.selectOptions(within(form).getByLabelText('Agent'), 'Koffi Mensah');
    await user.type(within(form).getByLabelText('Du'), '2026-11-01');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));

    await waitFor(() =>
      expect(address()).toEqual({
        rule: 'near_duplicate',
        agentId: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        from: '2026-11-01',
      }),
    );
    await waitFor(() =>
      expect(queryOf(api, '/api/v1/anomalies')).toEqual({
        rule: 'near_duplicate',
        agentId: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        from: '2026-11-01',
        page: '1',
        pageSize: '20',
      }),
    );

    await user.click(within(screen.getByRole('list', { name: 'Par règle' })).getByRole('button', { name: /Remboursement/ }));
    await waitFor(() => expect(address()).toMatchObject({ rule: 'late_repayment', from: '2026-11-01' }));
  });

  it('leaves out what a hand-edited address got wrong, which the API would refuse', async () => {
    const api = listApi();
    renderList('/anomalies?rule=nope&severity=Huge&from=2026-13&status=Dismissed');
    await screen.findAllByRole('link', { name: 'Remboursement en retard' });
    expect(queryOf(api, '/api/v1/anomalies')).toEqual({ status: 'Dismissed', page: '1', pageSize: '20' });
  });

  it("exports the address's selection, every page, under the API's file name", async () => {
    const { saved } = watchSavedFiles();
    const api = listApi();
    renderList('/anomalies?severity=High&page=3');
    const user = userEvent.setup();

    const group = await screen.findByRole('group', { name: 'Exporter la liste' });
    expect(within(group).getAllByRole('button').map((button) => button.textContent)).toEqual(['CSV', 'Excel']);
    await user.click(within(group).getByRole('button', { name: 'CSV' }));

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: CSV_NAME }]));
    expect(queryOf(api, '/api/v1/anomalies/export')).toEqual({ severity: 'High', format: 'csv' });
  });
});
