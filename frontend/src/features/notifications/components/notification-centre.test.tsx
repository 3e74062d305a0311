import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { NotificationCentre } from '@/features/notifications/components/notification-centre';
import type { LiveNotificationsOptions } from '@/features/notifications/live/notifications-hub';
import {
  ACCOUNT_TO_APPROVE,
  feedPage,
  PAYMENT_SUCCEEDED,
  WITHDRAWAL_TO_APPROVE,
} from '@/features/notifications/testing/fixtures';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

/** The hub, faked: the test pushes through the options the centre connected with. */
const live = vi.hoisted(() => ({ options: undefined as LiveNotificationsOptions | undefined, stop: vi.fn() }));

vi.mock('@/features/notifications/live/notifications-hub', () => ({
  connectNotifications: (options: LiveNotificationsOptions) => {
    live.options = options;
    return live.stop;
  },
}));

const SUPERVISOR = { ...AGENT_USER, id: 'u2', username: 'supervisor', displayName: 'Koffi Mensah', roles: ['Supervisor'] };
const FEED = '/api/v1/notifications';
const READ_AT = '2026-12-04T10:30:00Z';

/** The API of a supervisor with two unread lines and one read; `unread` answers the badge's count. */
function notificationsApi({ unread = 2 } = {}) {
  return fakeApi((path, request) => {
    const query = new URL(request.url).searchParams;
    if (path === `${FEED}/unread-count`) return jsonResponse(200, { count: unread });
    if (path === FEED && query.get('kind') === 'PaymentSucceeded') return jsonResponse(200, feedPage([PAYMENT_SUCCEEDED]));
    if (path === FEED && query.get('page') === '2') {
      return jsonResponse(200, feedPage([ACCOUNT_TO_APPROVE, PAYMENT_SUCCEEDED], 2, 3));
    }
    if (path === FEED) return jsonResponse(200, feedPage([WITHDRAWAL_TO_APPROVE, ACCOUNT_TO_APPROVE], 1, 3, 2));
    if (path === `${FEED}/n2/read`) return jsonResponse(200, { ...ACCOUNT_TO_APPROVE, readAt: READ_AT });
    if (path === `${FEED}/read-all`) return jsonResponse(200, { count: unread });
    return jsonResponse(404, {});
  });
}

function renderCentre(user = SUPERVISOR) {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<NotificationCentre />} />
      <Route path="/approvals" element={<h1>À valider</h1>} />
      <Route path="/paiements/:paymentId" element={<h1>Paiement</h1>} />
    </Routes>,
    { user },
  );
}

const bell = () => screen.getByRole('button', { name: /^Notifications/ });

async function openPanel() {
  await userEvent.click(bell());
  const panel = await screen.findByRole('dialog', { name: 'Notifications' });
  await within(panel).findByRole('list', { name: 'Notifications' });
  return panel;
}

const lineTitles = (panel: HTMLElement) =>
  within(within(panel).getByRole('list', { name: 'Notifications' }))
    .getAllByRole('button')
    .map((line) => line.firstElementChild?.firstElementChild?.textContent);

describe('NotificationCentre', () => {
  beforeEach(() => {
    live.options = undefined;
    live.stop.mockReset();
    // The panel (an Offcanvas) asks the screen's width; jsdom has no media queries.
    vi.stubGlobal('matchMedia', (media: string) => ({
      media,
      matches: false,
      addListener: () => undefined,
      removeListener: () => undefined,
    }));
  });

  it('shows the unread count on the bell, and in the panel the feed newest first, the unread lines marked', async () => {
    notificationsApi();
    renderCentre();

    expect(await screen.findByRole('button', { name: 'Notifications, 2 non lues' })).toHaveTextContent('2');
    const panel = await openPanel();

    expect(lineTitles(panel)).toEqual(['Retrait à approuver', 'Ouverture de compte à approuver']);
    expect(within(panel).getAllByText('Non lue')).toHaveLength(2);
    expect(within(panel).getByText(/Retrait à approuver · /)).toBeInTheDocument();
  });

  it('marks a line read when it is opened, closes the panel and goes to what it is about', async () => {
    const api = notificationsApi();
    renderCentre();
    const panel = await openPanel();

    await userEvent.click(within(panel).getByRole('button', { name: /Ouverture de compte à approuver/ }));

    expect(await screen.findByRole('heading', { name: 'À valider' })).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo('POST', `${FEED}/n2/read`)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens a line read already without marking it again', async () => {
    const api = notificationsApi();
    renderCentre();
    const panel = await openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Voir plus' }));

    await userEvent.click(await within(panel).findByRole('button', { name: /Paiement réussi/ }));

    expect(await screen.findByRole('heading', { name: 'Paiement' })).toBeInTheDocument();
    expect(api.fetch.mock.calls.filter(([request]) => request.method === 'POST')).toEqual([]);
  });

  it('« Tout marquer comme lu » sets the badge to zero and leaves no line unread', async () => {
    const api = notificationsApi();
    renderCentre();
    const panel = await openPanel();

    await userEvent.click(within(panel).getByRole('button', { name: 'Tout marquer comme lu' }));

    expect(await screen.findByRole('button', { name: 'Notifications' })).not.toHaveTextContent(/\d/);
    expect(within(panel).queryByText('Non lue')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Tout marquer comme lu' })).toBeDisabled();
    expect(api.requestsTo('POST', `${FEED}/read-all`)).toHaveLength(1);
  });

  it('filters the feed by kind, and shows older lines with « Voir plus », each once', async () => {
    const api = notificationsApi();
    renderCentre();
    const panel = await openPanel();

    await userEvent.click(within(panel).getByRole('button', { name: 'Voir plus' }));
    await within(panel).findByText(PAYMENT_SUCCEEDED.body);
    expect(lineTitles(panel)).toEqual(['Retrait à approuver', 'Ouverture de compte à approuver', 'Paiement réussi']);
    expect(within(panel).queryByRole('button', { name: 'Voir plus' })).not.toBeInTheDocument();

    await userEvent.selectOptions(within(panel).getByLabelText('Filtrer par type'), 'Paiement réussi');

    await waitFor(() => expect(lineTitles(panel)).toEqual(['Paiement réussi']));
    const asked = api.requestsTo('GET', FEED).map((request) => new URL(request.url).searchParams.get('kind'));
    expect(asked).toContain('PaymentSucceeded');
  });

  it('closes on Escape and on its close button', async () => {
    notificationsApi();
    renderCentre();

    await openPanel();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const panel = await openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('puts a notification pushed live on the badge, on top of the open feed and in a toast, without asking the API', async () => {
    const api = notificationsApi({ unread: 1 });
    renderCentre();
    const panel = await openPanel();
    const calls = api.fetch.mock.calls.length;
    const pushed = { ...WITHDRAWAL_TO_APPROVE, id: 'n9', title: 'Retrait à approuver (2)', body: 'Un second retrait.' };

    act(() => live.options!.onNotification(pushed));

    expect(screen.getByRole('button', { name: 'Notifications, 2 non lues' })).toHaveTextContent('2');
    expect(lineTitles(panel)[0]).toBe('Retrait à approuver (2)');
    expect(within(screen.getByRole('alert')).getByText('Un second retrait.')).toBeInTheDocument();
    expect(api.fetch.mock.calls.length).toBe(calls);
  });

  it('reads the badge and the feed again once (re)connected: pushes sent meanwhile were lost', async () => {
    const api = notificationsApi();
    renderCentre();
    await screen.findByRole('button', { name: 'Notifications, 2 non lues' });
    const countReads = () => api.requestsTo('GET', `${FEED}/unread-count`).length;
    const before = countReads();

    act(() => live.options!.onConnected());

    await waitFor(() => expect(countReads()).toBe(before + 1));
  });

  it('connects once per signed-in user and disconnects when the frame goes (sign-out)', async () => {
    notificationsApi();
    const { unmount } = renderCentre();
    await screen.findByRole('button', { name: /^Notifications/ });
    expect(live.options).toBeDefined();

    unmount();

    expect(live.stop).toHaveBeenCalledTimes(1);
  });

  it('gives a platform administrator neither bell nor connection', () => {
    renderCentre({ ...SUPERVISOR, roles: ['PlatformAdmin'], institutionId: null, institutionName: null });

    expect(screen.queryByRole('button', { name: /^Notifications/ })).not.toBeInTheDocument();
    expect(live.options).toBeUndefined();
  });
});
