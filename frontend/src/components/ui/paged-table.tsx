import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import Table from 'react-bootstrap/Table';

import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';

type ItemsTableProps<Item> = {
  /** The header cells. */
  headers: ReactNode;
  /** How many columns the rows have: the row that says the list is empty spans them all. */
  columnCount: number;
  renderRow: (item: Item) => ReactNode;
  emptyMessage: string;
  hover?: boolean;
  size?: 'sm';
  className?: string;
};

function ItemsTable<Item>({
  items,
  headers,
  columnCount,
  renderRow,
  emptyMessage,
  ...tableProps
}: ItemsTableProps<Item> & { items: readonly Item[] }) {
  return (
    <Table responsive {...tableProps}>
      <thead>
        <tr>{headers}</tr>
      </thead>
      <tbody>
        {items.map(renderRow)}
        {items.length === 0 && (
          <tr>
            <td colSpan={columnCount} className="text-center text-body-secondary">
              {emptyMessage}
            </td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}

/** A whole list as a table (the API does not page it); a spinner while it loads, the error if it fails. */
export function QueryTable<Item>({
  query,
  ...props
}: ItemsTableProps<Item> & { query: UseQueryResult<readonly Item[]> }) {
  return <QueryView query={query}>{(items) => <ItemsTable items={items} {...props} />}</QueryView>;
}

export type PagedTableProps<Item> = ItemsTableProps<Item> & {
  /** The query of one page of a list. */
  query: UseQueryResult<{ items: readonly Item[]; totalCount: number }>;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
};

/** One page of a list as a table, with the pagination bar under it; a spinner while it loads, the error if it fails. */
export function PagedTable<Item>({ query, page, pageSize, onPageChange, ...props }: PagedTableProps<Item>) {
  return (
    <QueryView query={query}>
      {({ items, totalCount }) => (
        <>
          <ItemsTable items={items} {...props} />
          <PaginationBar page={page} pageSize={pageSize} totalCount={totalCount} onPageChange={onPageChange} />
        </>
      )}
    </QueryView>
  );
}
