import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { MyDrawer } from '@/features/treasury/components/my-drawer';
import { OPEN_DRAWER, SETTINGS } from '@/features/treasury/testing/fixtures';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const CURRENT = '/api/v1/cash-drawers/current';

/** Text as the page reads once its (no-break) spaces are plain ones. */
const plain = (element: HTMLElement) => element.textContent?.replace(/\s/g, ' ');

describe('MyDrawer', () => {
  it('totals the float as it is counted, keeps the 500 F note and coin apart, and opens with the counted lines only', async () => {
    const api = fakeApi((path) => {
      if (path === CURRENT) return jsonResponse(200, { session: null, settings: SETTINGS });
      if (path === '/api/v1/cash-drawers') return jsonResponse(201, OPEN_DRAWER);
      return jsonResponse(404, {});
    });
    renderWithProviders(<MyDrawer />);

    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Billet de 10 000'), '4');
    await user.type(screen.getByLabelText('Billet de 500'), '2');
    await user.type(screen.getByLabelText('Pièce de 500'), '3');
    expect(plain(screen.getByRole('status'))).toBe('Total compté : 42 500 FCFA');

    // A box that is not a whole number stops the total and the opening.
    await user.type(screen.getByLabelText('Pièce de 100'), '1,5');
    expect(plain(screen.getByRole('status'))).toBe('Total compté : — (un nombre est incorrect)');
    expect(screen.getByLabelText('Pièce de 100')).toHaveClass('is-invalid');
    expect(screen.getByRole('button', { name: /Ouvrir la caisse/ })).toBeDisabled();
    await user.clear(screen.getByLabelText('Pièce de 100'));

    await user.click(screen.getByRole('button', { name: /^Ouvrir la caisse \(42\s500\sFCFA\)$/ }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/v1/cash-drawers')).toHaveLength(1));
    const [request] = api.requestsTo('POST', '/api/v1/cash-drawers');
    expect(await request.json()).toEqual({
      counts: [
        { denomination: 'note-10000', count: 4 },
        { denomination: 'note-500', count: 2 },
        { denomination: 'coin-500', count: 3 },
      ],
    });
  });

  it('shows the expected cash, the difference as the close is counted, and closes once confirmed with one idempotency key', async () => {
    const closed = { ...OPEN_DRAWER, status: 'Closed', countedCash: 77000, difference: -1500 };
    let isClosed = false;
    const api = fakeApi((path) => {
      if (path === CURRENT) return jsonResponse(200, { session: isClosed ? null : OPEN_DRAWER, settings: SETTINGS });
      if (path === '/api/v1/cash-drawers/d1/close') {
        isClosed = true;
        return jsonResponse(200, closed);
      }
      return jsonResponse(404, {});
    });
    renderWithProviders(<MyDrawer />);

    expect(plain(await screen.findByRole('region', { name: 'Caisse ouverte' }))).toContain('Espèces attendues78 500 FCFA');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Billet de 10 000'), '7');
    await user.type(screen.getByLabelText(/^Billet de 5\s000$/), '1');
    expect(plain(screen.getByTestId('live-difference'))).toBe('Écart : Manquant de 3 500 FCFA');
    await user.type(screen.getByLabelText('Pièce de 500'), '4');
    expect(plain(screen.getByTestId('live-difference'))).toBe('Écart : Manquant de 1 500 FCFA');

    await user.click(screen.getByRole('button', { name: 'Clôturer la caisse' }));
    const confirm = await screen.findByRole('dialog', { name: 'Clôturer la caisse' });
    expect(plain(confirm)).toContain('Manquant de 1 500 FCFA');
    expect(api.requestsTo('POST', '/api/v1/cash-drawers/d1/close')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Confirmer la clôture' }));

    // The drawer's record stays on screen once the page, reloaded, offers to open a new one.
    expect(await screen.findByRole('region', { name: 'Ouvrir ma caisse' })).toBeInTheDocument();
    expect(plain(screen.getByRole('region', { name: 'Caisse clôturée' }))).toContain('Manquant de 1 500 FCFA');
    const [request] = api.requestsTo('POST', '/api/v1/cash-drawers/d1/close');
    expect(request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await request.json()) as { counts: unknown }).counts).toEqual([
      { denomination: 'note-10000', count: 7 },
      { denomination: 'note-5000', count: 1 },
      { denomination: 'coin-500', count: 4 },
    ]);
  });
});
