import type { UseQueryResult } from '@tanstack/react-query';
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
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

/**
 * Copies each column's header onto its cells as `data-label`, which a phone shows beside the value once the rows are
 * stacked (`.table-stacked` in styles/app.css). Runs after every render, so new rows are labelled too; a cell across
 * several columns (the empty list's message) gets no label.
 */
function useColumnLabels(table: RefObject<HTMLTableElement | null>) {
  useLayoutEffect(() => {
    const element = table.current;
    const header = element?.tHead?.rows[0];
    if (!element || !header) return;
    const labels = Array.from(header.cells).flatMap((cell) =>
      Array<string>(cell.colSpan).fill(cell.textContent?.trim() ?? ''),
    );
    for (const body of Array.from(element.tBodies)) {
      for (const row of Array.from(body.rows)) {
        let column = 0;
        for (const cell of Array.from(row.cells)) {
          if (cell.colSpan === 1 && labels[column]) cell.dataset.label = labels[column];
          else delete cell.dataset.label;
          column += cell.colSpan;
        }
      }
    }
  });
}

/**
 * The rows as a table from 768 px wide; on a phone each row stacks into a card, each value beside its column's header,
 * so that no column (a statement's balance, the approval buttons) hides beyond the right edge of the screen.
 */
function ItemsTable<Item>({
  items,
  headers,
  columnCount,
  renderRow,
  emptyMessage,
  className,
  ...tableProps
}: ItemsTableProps<Item> & { items: readonly Item[] }) {
  const table = useRef<HTMLTableElement>(null);
  useColumnLabels(table);
  return (
    <Table ref={table} responsive className={['table-stacked', className].filter(Boolean).join(' ')} {...tableProps}>
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
