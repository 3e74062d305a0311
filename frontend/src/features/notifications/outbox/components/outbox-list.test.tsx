import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { OutboxMessage } from '@/features/notifications/outbox/api/get-outbox';
import { OutboxList } from '@/features/notifications/outbox/components/outbox-list';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ADMIN = { ...AGENT_USER, username: 'sfd.admin', roles: ['SfdAdmin'] };
const AUDITOR = { ...AGENT_USER, username: 'auditor', roles: ['Auditor'] };

const SENT: OutboxMessage = {
  id: 'm1',
  channel: 'Email',
  kind: 'WithdrawalPendingApproval',
  recipient: 'supervisor@demo.test',
  subject: 'Retrait à approuver',
  body: 'Awa Diallo demande un retrait de 400 000 FCFA.',
  status: 'Sent',
  attempts: 0,
  createdAt: '2026-12-04T09:00:00Z',
  nextAttemptAt: '2026-12-04T09:00:00Z',
  sentAt: '2026-12-04T09:00:05Z',
  lastError: null,
  userId: 'u2',
  clientId: null,
};

const FAILED: OutboxMessage = {
  ...SENT,
  id: 'm2',
  channel: 'Sms',
  kind: 'InstallmentDueSoon',
  recipient: '+22997000001',
  subject: null,
  body: 'Adjoa, votre échéance de 25 000 FCFA est due le 12/12.',
  status: 'Failed',
  attempts: 5,
  sentAt: null,
  lastError: 'The SMS gateway answered 500 Internal Server Error.',
  userId: null,
  clientId: 'c1',
};

function outboxApi(messages: OutboxMessage[] = [FAILED, SENT]) {
  let current = messages;
  return fakeApi((path) => {
    if (path === '/api/v1/outbox') {
      return jsonResponse(200, {
        counts: {
          pending: current.filter((m) => m.status === 'Pending').length,
          sent: current.filter((m) => m.status === 'Sent').length,
          failed: current.filter((m) => m.status === 'Failed').length,
        },
        messages: { items: current, page: 1, pageSize: 20, totalCount: current.length },
      });
    }
    if (path === '/api/v1/outbox/m2/retry') {
      const retried: OutboxMessage = { ...FAILED, status: 'Pending', attempts: 0 };
      current = current.map((m) => (m.id === 'm2' ? retried : m));
      return jsonResponse(200, retried);
    }
    return jsonResponse(404, {});
  });
}

describe('OutboxList', () => {
  it('shows each message with its status in French, a failed one with its last error, and the counts on the tabs', async () => {
    outboxApi();
    renderWithProviders(<OutboxList />, { user: ADMIN });

    expect(await screen.findByText('The SMS gateway answered 500 Internal Server Error.')).toBeInTheDocument();
    const rows = bodyRows();
    expect(rows.map((row) => row.slice(1, 3))).toEqual([
      ['SMS', '+22997000001'],
      ['E-mail', 'supervisor@demo.test'],
    ]);
    expect(rows[0][4]).toContain('Échec');
    expect(rows[0][4]).toContain('5 essais échoués');
    expect(rows[1][4]).toContain('Envoyé');
    expect(screen.getByRole('button', { name: /^Tous \(2\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Échec \(1\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^En attente \(0\)/ })).toBeInTheDocument();
  });

  it('sends a failed message again with « Renvoyer », offered on failed messages only', async () => {
    const api = outboxApi();
    renderWithProviders(<OutboxList />, { user: ADMIN });
    const user = userEvent.setup();
    await screen.findByText('The SMS gateway answered 500 Internal Server Error.');

    const [failedRow, sentRow] = within(screen.getAllByRole('rowgroup')[1]).getAllByRole('row');
    expect(within(sentRow).queryByRole('button', { name: 'Renvoyer' })).not.toBeInTheDocument();
    await user.click(within(failedRow).getByRole('button', { name: 'Renvoyer' }));

    expect(api.requestsTo('POST', '/api/v1/outbox/m2/retry')).toHaveLength(1);
    await waitFor(() => expect(bodyRows()[0][4]).toContain('En attente'));
    expect(screen.queryByRole('button', { name: 'Renvoyer' })).not.toBeInTheDocument();
  });

  it('asks for the chosen status and channel, and shows no « Renvoyer » to an auditor', async () => {
    const api = outboxApi();
    renderWithProviders(<OutboxList />, { user: AUDITOR });
    const user = userEvent.setup();
    await screen.findByText('The SMS gateway answered 500 Internal Server Error.');
    expect(screen.queryByRole('button', { name: 'Renvoyer' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Échec/ }));
    await user.selectOptions(screen.getByLabelText('Canal'), 'Sms');

    await waitFor(() => {
      const requests = api.requestsTo('GET', '/api/v1/outbox');
      expect(Object.fromEntries(new URL(requests.at(-1)!.url).searchParams)).toEqual({
        status: 'Failed',
        channel: 'Sms',
        page: '1',
        pageSize: '20',
      });
    });
  });
});
