import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { PagedTable } from '@/components/ui/paged-table';
import { renderWithProviders } from '@/testing/test-utils';

type Page = { items: { id: string; name: string }[]; totalCount: number };

function Branches({ load }: { load: () => Promise<Page> }) {
  const query = useQuery({ queryKey: ['branches'], queryFn: load });
  return (
    <PagedTable
      query={query}
      columnCount={2}
      headers={
        <>
          <th>Code</th>
          <th>Nom</th>
        </>
      }
      renderRow={(item) => (
        <tr key={item.id}>
          <td>{item.id}</td>
          <td>{item.name}</td>
        </tr>
      )}
      emptyMessage="Aucune agence."
      page={1}
      pageSize={20}
      onPageChange={() => {}}
    />
  );
}

describe('PagedTable', () => {
  it('shows a row an item, then the pagination bar', async () => {
    const page = { items: [{ id: 'COT', name: 'Cotonou' }], totalCount: 21 };
    renderWithProviders(<Branches load={() => Promise.resolve(page)} />);

    expect(await screen.findByRole('cell', { name: 'Cotonou' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Nom' })).toBeInTheDocument();
    expect(screen.queryByText('Aucune agence.')).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('21 résultats');
    expect(screen.getByText('Page 1 sur 2')).toBeInTheDocument();
  });

  it('says so when the page is empty, across all the columns', async () => {
    renderWithProviders(<Branches load={() => Promise.resolve({ items: [], totalCount: 0 })} />);

    const empty = await screen.findByRole('cell', { name: 'Aucune agence.' });
    expect(empty).toHaveAttribute('colspan', '2');
    expect(empty).not.toHaveAttribute('data-label');
  });

  it("names each cell by its column's header, which a phone shows beside the value of the stacked row", async () => {
    const page = { items: [{ id: 'COT', name: 'Cotonou' }], totalCount: 1 };
    renderWithProviders(<Branches load={() => Promise.resolve(page)} />);

    expect(await screen.findByRole('cell', { name: 'Cotonou' })).toHaveAttribute('data-label', 'Nom');
    expect(screen.getByRole('cell', { name: 'COT' })).toHaveAttribute('data-label', 'Code');
    expect(screen.getByRole('table')).toHaveClass('table-stacked');
  });

  it('shows the error, with a retry button, when the call fails', async () => {
    renderWithProviders(<Branches load={() => Promise.reject(new TypeError('Failed to fetch'))} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Le serveur ne répond pas.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
