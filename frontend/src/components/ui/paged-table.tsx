import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import Table from 'react-bootstrap/Table';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageSpinner } from '@/components/ui/page-spinner';
import { PaginationBar } from '@/components/ui/pagination-bar';

type PagedTableProps<Item> = {
  /** The query of one page of a list. */
  query: UseQueryResult<{ items: readonly Item[]; totalCount: number }>;
  /** The header cells. */
  headers: ReactNode;
  /** How many columns the rows have: the row that says the page is empty spans them all. */
  columnCount: number;
  renderRow: (item: Item) => ReactNode;
  emptyMessage: string;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  hover?: boolean;
  size?: 'sm';
  className?: string;
};

/** One page of a list as a table, with the pagination bar under it; a spinner while it loads, the error if it fails. */
export function PagedTable<Item>({
  query,
  headers,
  columnCount,
  renderRow,
  emptyMessage,
  page,
  pageSize,
  onPageChange,
  ...tableProps
}: PagedTableProps<Item>) {
  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const { items, totalCount } = query.data;
  return (
    <>
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
      <PaginationBar page={page} pageSize={pageSize} totalCount={totalCount} onPageChange={onPageChange} />
    </>
  );
}
