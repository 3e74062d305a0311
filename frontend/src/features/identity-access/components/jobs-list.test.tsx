import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { JobRun, ScheduledJob } from '@/features/identity-access/api/get-jobs';
import { JobsList } from '@/features/identity-access/components/jobs-list';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const PLATFORM = { ...AGENT_USER, username: 'platform.admin', roles: ['PlatformAdmin'] };

const FAILED_RUN: JobRun = {
  id: 'r1',
  jobName: 'end-of-day',
  triggeredBy: 'Scheduled',
  scheduledFor: '2026-12-04T23:00:00Z',
  startedAt: '2026-12-04T23:00:01Z',
  finishedAt: '2026-12-04T23:00:03Z',
  durationMs: 2400,
  outcome: 'Failed',
  error: 'DEMO: connection refused',
  instanceId: 'api-1',
};

const JOBS: ScheduledJob[] = [
  {
    name: 'end-of-day',
    description: 'Fin de journée',
    intervalSeconds: 900,
    cron: null,
    nextRunAt: '2026-12-04T23:15:00Z',
    paused: false,
    lastRun: FAILED_RUN,
  },
  {
    name: 'outbox-delivery',
    description: 'Envoi des e-mails et SMS',
    intervalSeconds: 5,
    cron: null,
    nextRunAt: null,
    paused: true,
  },
  {
    name: 'savings-interest',
    description: "Intérêts d'épargne",
    intervalSeconds: 3600,
    cron: '0 0 1 * * ?',
    nextRunAt: '2026-12-05T01:00:00Z',
    paused: false,
  },
];

function jobsApi() {
  return fakeApi((path) => {
    if (path === '/api/v1/jobs') return jsonResponse(200, JOBS);
    if (path === '/api/v1/jobs/end-of-day/runs') return jsonResponse(200, [FAILED_RUN]);
    if (path === '/api/v1/jobs/end-of-day/trigger')
      return jsonResponse(202, { jobName: 'end-of-day', runId: 'r2' }, { Location: '/api/v1/jobs/end-of-day/runs' });
    return jsonResponse(404, {});
  });
}

describe('JobsList', () => {
  it('shows each job with its schedule in French, its last run with its outcome and error, and its next run', async () => {
    jobsApi();
    renderWithProviders(<JobsList />, { user: PLATFORM });

    expect(await screen.findAllByText('DEMO: connection refused')).not.toHaveLength(0);
    const rows = bodyRows();
    expect(rows[0][1]).toBe('Toutes les 15 min');
    expect(rows[0][2]).toContain('Échouée');
    expect(rows[0][2]).toContain('2,4 s');
    expect(rows[1][1]).toBe('Toutes les 5 s');
    expect(rows[1][2]).toBe('Jamais exécutée');
    expect(rows[1][3]).toBe('En pause');
    expect(rows[2][1]).toBe('Cron : 0 0 1 * * ?');
  });

  it('runs a job now after a confirmation, then shows its history', async () => {
    const api = jobsApi();
    renderWithProviders(<JobsList />, { user: PLATFORM });
    const user = userEvent.setup();
    await screen.findAllByText('DEMO: connection refused');

    const firstRow = within(screen.getAllByRole('rowgroup')[1]).getAllByRole('row')[0];
    await user.click(within(firstRow).getByRole('button', { name: 'Lancer maintenant' }));
    const dialog = await screen.findByRole('dialog');
    expect(api.requestsTo('POST', '/api/v1/jobs/end-of-day/trigger')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Lancer maintenant' }));

    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/jobs/end-of-day/trigger')).toHaveLength(1));
    expect(await screen.findByRole('status')).toHaveTextContent('Fin de journée');
    expect(await screen.findByRole('heading', { name: /^Exécutions.*Fin de journée$/ })).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo('GET', '/api/v1/jobs/end-of-day/runs')).toHaveLength(1));
  });
});
