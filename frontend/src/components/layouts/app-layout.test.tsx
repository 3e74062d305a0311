import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';
import { offlineSessionStore } from '@/lib/offline-session-store';
import { AGENT_USER, renderWithProviders } from '@/testing/test-utils';

function renderLayout(route: string) {
  renderWithProviders(
    <Routes>
      <Route element={<AppLayout tools={<button>Notifications</button>} />}>
        <Route path="*" element={<p>Contenu de la page</p>} />
      </Route>
    </Routes>,
    { route, user: AGENT_USER },
  );
}

afterEach(() => offlineSessionStore.close());

describe('AppLayout', () => {
  it('shows the page and the tools in a session online', () => {
    renderLayout('/clients');

    expect(screen.getByText('Contenu de la page')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('says at once, in an offline session, that a page needs the network, and leads to the offline home', () => {
    offlineSessionStore.open();
    renderLayout('/clients');

    expect(screen.getByText(/^Hors ligne\s*: cette page a besoin du réseau\.$/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Aller à la collecte hors ligne' })).toHaveAttribute('href', '/offline');
    expect(screen.queryByText('Contenu de la page')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Notifications' })).not.toBeInTheDocument();
  });

  it('shows the offline pages in an offline session', () => {
    offlineSessionStore.open();
    renderLayout('/offline/queue');

    expect(screen.getByText('Contenu de la page')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Awa Diallo' })).toBeInTheDocument();
  });
});
