import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { renderWithProviders } from '@/testing/test-utils';

type Branch = { code: string; name: string; clients: number };

const COLUMNS: StackedColumn<Branch>[] = [
  { header: 'Code', cell: (branch) => branch.code },
  { header: 'Nom', cell: (branch) => branch.name },
  { header: 'Clients', numeric: true, cell: (branch) => branch.clients },
];

const BRANCHES: Branch[] = [
  { code: 'COT', name: 'Cotonou', clients: 120 },
  { code: 'PNO', name: 'Porto-Novo', clients: 80 },
];

describe('StackedTable', () => {
  it('shows a table from 768 px, figures on the right, and a card a record on a phone', () => {
    renderWithProviders(
      <StackedTable
        items={BRANCHES}
        columns={COLUMNS}
        rowKey={(branch) => branch.code}
        emptyMessage="Aucune agence."
        actions={(branch) => <button type="button">Ouvrir {branch.code}</button>}
      />,
    );

    const table = screen.getByRole('table');
    expect(table.parentElement?.parentElement).toHaveClass('d-none', 'd-md-block');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Code',
      'Nom',
      'Clients',
      'Actions',
    ]);
    expect(within(table).getByRole('cell', { name: '120' })).toHaveClass('text-end');

    const cards = screen.getByRole('list');
    expect(cards).toHaveClass('d-md-none');
    const [first] = within(cards).getAllByRole('listitem');
    expect(
      within(first)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    ).toEqual([
      ['Code', 'COT'],
      ['Nom', 'Cotonou'],
      ['Clients', '120'],
    ]);
    expect(within(first).getByRole('button', { name: 'Ouvrir COT' })).toBeInTheDocument();
  });

  it('says so when there is nothing to show', () => {
    renderWithProviders(
      <StackedTable items={[]} columns={COLUMNS} rowKey={(branch) => branch.code} emptyMessage="Aucune agence." />,
    );

    expect(screen.getByText('Aucune agence.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
