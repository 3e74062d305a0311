import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Anomaly } from '@/features/anomalies/api/get-anomalies';
import { AnomalyDetails } from '@/features/anomalies/components/anomaly-details';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const AUDITOR = { ...AGENT_USER, id: 'u5', username: 'auditor', displayName: 'Fatou Ndiaye', roles: ['Auditor'] };

const DUPLICATE: Anomaly = {
  id: 'a2',
  rule: 'near_duplicate',
  severity: 'Medium',
  status: 'Open',
  magnitude: 25000,
  figures: { type: 'Deposit', amount: '25000', channel: 'Cash', secondsApart: '40' },
  subjects: [
    { type: 'DepositAccount', id: 'd1', label: 'COT-000123-45' },
    { type: 'AccountTransaction', id: 't1', label: null },
    { type: 'AccountTransaction', id: 't2', label: null },
    { type: 'Client', id: 'c1', label: null },
  ],
  occurredOn: '2026-12-01',
  branchId: 'b1',
  branchName: 'Agence Cotonou Centre',
  agentId: 'u7',
  agentName: 'Koffi Mensah',
  clientId: 'c1',
  clientName: 'Afiavi Tossou',
  firstDetectedAt: '2026-12-01T06:00:00Z',
  lastDetectedAt: '2026-12-05T06:00:00Z',
  detectionCount: 5,
  reviewedAt: null,
  reviewedBy: null,
  reviewedByName: null,
  comments: [
    { at: '2026-12-02T08:00:00Z', by: 'u5', byName: 'Fatou Ndiaye', status: 'Dismissed', text: 'Doublon connu' },
    { at: '2026-12-04T06:00:00Z', by: null, byName: null, status: 'Open', text: '2 → 3' },
  ],
};

function movement(id: string, amount: number, valueDate: string) {
  return {
    id,
    source: 'AccountTransaction',
    type: 'Deposit',
    amount,
    isCredit: true,
    currency: 'XOF',
    valueDate,
    channel: 'Cash',
    clientId: 'c1',
    clientName: 'Afiavi Tossou',
    accountId: 'd1',
    accountNumber: 'COT-000123-45',
    createdAt: `${valueDate}T09:00:00Z`,
  };
}

function detailsApi(finding: Anomaly) {
  let current = finding;
  return fakeApi(async (path, request) => {
    if (path === '/api/v1/anomalies/a2') return jsonResponse(200, current);
    if (path === '/api/v1/anomalies/a2/acknowledge') {
      const { comment } = (await request.clone().json()) as { comment: string };
      current = {
        ...current,
        status: 'Acknowledged',
        comments: [...current.comments, { at: '2026-12-05T10:00:00Z', by: 'u5', byName: 'Fatou Ndiaye', status: 'Acknowledged', text: comment }],
      };
      return jsonResponse(200, current);
    }
    if (path === '/api/v1/transactions') {
      const items = [movement('t2', 25000, '2026-12-01'), movement('t1', 25000, '2026-12-01'), movement('t0', 5000, '2026-10-03')];
      return jsonResponse(200, { items, page: 1, pageSize: 100, totalCount: 3, totals: { credits: 55000, debits: 0 } });
    }
    return jsonResponse(404, {});
  });
}

describe('AnomalyDetails', () => {
  it('shows the rule, the figures, links to what it concerns, the operations in question and the review', async () => {
    const api = detailsApi(DUPLICATE);
    renderWithProviders(<AnomalyDetails anomalyId="a2" mayReview />, { user: AUDITOR });

    expect(await screen.findByRole('heading', { level: 1, name: 'Opération en double' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'COT-000123-45' })).toHaveAttribute('href', '/accounts/d1');
    expect(screen.getByRole('link', { name: 'Afiavi Tossou' })).toHaveAttribute('href', '/clients/c1');
    // The client's history around the situation, from the transaction explorer.
    await waitFor(() => expect(api.requestsTo('GET', '/api/v1/transactions')).toHaveLength(1));
    expect(Object.fromEntries(new URL(api.requestsTo('GET', '/api/v1/transactions')[0].url).searchParams)).toMatchObject({
      clientId: 'c1',
      from: '2026-06-04',
      to: '2026-12-31',
    });
    const operations = await screen.findByRole('heading', { name: 'Opérations en cause', level: 3 });
    expect(operations).toBeInTheDocument();
    const receipts = screen.getAllByRole('link', { name: 'Dépôt' }).map((link) => link.getAttribute('href'));
    expect(receipts).toEqual(['/receipts/t2', '/receipts/t1', '/receipts/t2', '/receipts/t1']);
    // The timeline: a reviewer's comment, then the detection's note that it opened again.
    expect(screen.getByText('Doublon connu')).toBeInTheDocument();
    expect(screen.getByText('Aggravée : 2 → 3')).toBeInTheDocument();
    expect(screen.getByText('Détection automatique')).toBeInTheDocument();
  });

  it('asks for a comment before acknowledging, then offers only what an acknowledged finding allows', async () => {
    const api = detailsApi(DUPLICATE);
    renderWithProviders(<AnomalyDetails anomalyId="a2" mayReview />, { user: AUDITOR });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(
      expect.arrayContaining(['Prendre en compte', 'Expliquer', 'Écarter']),
    );

    await user.click(screen.getByRole('button', { name: 'Prendre en compte' }));
    const dialog = await screen.findByRole('dialog', { name: "Prendre en compte l'anomalie" });
    await user.click(within(dialog).getByRole('button', { name: 'Prendre en compte' }));
    expect(within(dialog).getByLabelText('Commentaire')).toBeInvalid();
    expect(api.requestsTo('POST', '/api/v1/anomalies/a2/acknowledge')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Commentaire'), 'Appel du client prévu');
    await user.click(within(dialog).getByRole('button', { name: 'Prendre en compte' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [sent] = api.requestsTo('POST', '/api/v1/anomalies/a2/acknowledge');
    expect(await sent.json()).toEqual({ comment: 'Appel du client prévu' });
    expect(await screen.findByText('Appel du client prévu')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prendre en compte' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Expliquer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Écarter' })).toBeInTheDocument();
  });

  it('offers no review step for a closed finding', async () => {
    detailsApi({ ...DUPLICATE, status: 'Explained' });
    renderWithProviders(<AnomalyDetails anomalyId="a2" mayReview />, { user: AUDITOR });
    await screen.findByRole('heading', { level: 1 });
    for (const name of ['Prendre en compte', 'Expliquer', 'Écarter'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });
});
