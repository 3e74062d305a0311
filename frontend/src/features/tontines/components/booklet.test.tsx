import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { Booklet, BookletGrid } from '@/features/tontines/components/booklet';
import { bookletCycle } from '@/features/tontines/testing/fixtures';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const BOOKLET_PATH = '/api/v1/tontine-participants/p1/booklet';

describe('BookletGrid', () => {
  it('marks the commission cell, shows the day and collector of a filled cell and leaves an empty one blank', () => {
    renderWithProviders(<BookletGrid cells={bookletCycle(1, 1, 4).cells} />);

    const cells = within(screen.getByRole('list', { name: 'Cases du cycle' })).getAllByRole('listitem');
    expect(cells).toHaveLength(31);

    // The commission: first cell, labelled and coloured as such.
    const commission = cells[0];
    expect(commission).toHaveAccessibleName('Case 1, Commission, collectée le 1 déc. 2026 par Awa Diallo');
    expect(commission).toHaveTextContent('Commission');
    expect(commission).toHaveClass('booklet-cell-commission', 'booklet-cell-filled');

    // A saved day: its day and its collector, and not called a commission.
    const saved = cells[3];
    expect(saved).toHaveAccessibleName('Case 4, collectée le 4 déc. 2026 par Awa Diallo');
    expect(saved).toHaveTextContent('04/12');
    expect(saved).toHaveTextContent('Awa Diallo');
    expect(saved).not.toHaveTextContent('Commission');
    expect(saved).toHaveClass('booklet-cell-saving', 'booklet-cell-filled');

    // An empty cell: its number only.
    const empty = cells[4];
    expect(empty).toHaveAccessibleName('Case 5, vide');
    expect(empty).toHaveTextContent(/^5$/);
    expect(empty).toHaveClass('booklet-cell-empty');
    expect(cells.filter((cell) => cell.classList.contains('booklet-cell-commission'))).toHaveLength(1);
  });

  it('keeps a cycle whose commission is not yet collected marked as the commission', () => {
    renderWithProviders(<BookletGrid cells={bookletCycle(2, 2, 0).cells} />);
    const first = screen.getAllByRole('listitem')[0];
    expect(first).toHaveAccessibleName('Case 1, Commission, vide');
    expect(first).toHaveClass('booklet-cell-commission', 'booklet-cell-empty');
  });
});

describe('Booklet', () => {
  it('opens on the current cycle and moves between the cycles', async () => {
    const api = fakeApi((path, request) => {
      if (path !== BOOKLET_PATH) return jsonResponse(404, {});
      const cycle = new URL(request.url).searchParams.get('cycle');
      // The current cycle (2 of 2: the commission and 3 days), or the first one, full.
      return jsonResponse(200, cycle === '1' ? bookletCycle(1, 2, 31) : bookletCycle(2, 2, 4));
    });
    renderWithProviders(<Booklet participantId="p1" />);

    const cycles = await screen.findByRole('navigation', { name: 'Cycles du carnet' });
    expect(await within(cycles).findByText('Cycle 2 / 2')).toBeInTheDocument();
    expect(within(cycles).getByRole('button', { name: 'Suivant' })).toBeDisabled();
    expect(screen.getAllByRole('listitem').filter((cell) => cell.classList.contains('booklet-cell-filled'))).toHaveLength(4);

    const user = userEvent.setup();
    await user.click(within(cycles).getByRole('button', { name: 'Précédent' }));

    expect(await within(cycles).findByText('Cycle 1 / 2')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').filter((cell) => cell.classList.contains('booklet-cell-filled'))).toHaveLength(31),
    );
    expect(within(cycles).getByRole('button', { name: 'Précédent' })).toBeDisabled();
    const asked = api.requestsTo('GET', BOOKLET_PATH).map((request) => new URL(request.url).searchParams.get('cycle'));
    expect(asked).toEqual([null, '1']);

    await user.click(within(cycles).getByRole('button', { name: 'Suivant' }));
    expect(await within(cycles).findByText('Cycle 2 / 2')).toBeInTheDocument();
  });
});
