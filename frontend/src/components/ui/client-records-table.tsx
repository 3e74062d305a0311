import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable, type PagedTableProps } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';

type ClientRecord = { id: string; number: string; clientId: string; clientName: string };

/** How a table of client records (accounts, loans) is used: a page of their list, with or without the client. */
export type ClientRecordsTableProps<Item> = Pick<
  PagedTableProps<Item>,
  'query' | 'page' | 'pageSize' | 'onPageChange' | 'emptyMessage'
> & {
  /** Name the client of each record (not on the client's own page). */
  showClient?: boolean;
  /** What may be done with each record, in a last column. */
  actions?: (item: Item) => ReactNode;
};

type ColumnsProps<Item> = {
  /** The header of the first column, the record's number (a link to the record). */
  numberHeader: string;
  href: (item: Item) => string;
  /** The record's other columns: their header cells, how many they are, and each row's cells. */
  headers: ReactNode;
  columnCount: number;
  cells: (item: Item) => ReactNode;
};

/** Records of the institution's clients: the number, the client (a link to them), the record's own columns, actions. */
export function ClientRecordsTable<Item extends ClientRecord>({
  numberHeader,
  href,
  headers,
  columnCount,
  cells,
  showClient = false,
  actions,
  ...page
}: ClientRecordsTableProps<Item> & ColumnsProps<Item>) {
  const { t } = useTranslation();
  return (
    <PagedTable
      hover
      className="align-middle"
      columnCount={1 + columnCount + (showClient ? 1 : 0) + (actions ? 1 : 0)}
      headers={
        <>
          <th>{numberHeader}</th>
          {showClient && <th>{t('common.client')}</th>}
          {headers}
          {actions && <th className="text-end d-print-none">{t('common.actions')}</th>}
        </>
      }
      renderRow={(item) => (
        <tr key={item.id}>
          <td className="text-nowrap">
            <Link to={href(item)}>{item.number}</Link>
          </td>
          {showClient && (
            <td>
              <Link to={paths.client.getHref(item.clientId)}>{item.clientName}</Link>
            </td>
          )}
          {cells(item)}
          {actions && <td className="text-end text-nowrap d-print-none">{actions(item)}</td>}
        </tr>
      )}
      {...page}
    />
  );
}
