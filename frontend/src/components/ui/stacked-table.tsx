import { Fragment, type Key, type ReactNode } from 'react';
import Card from 'react-bootstrap/Card';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';

export type StackedColumn<Item> = {
  /** The column's header in the table, and the label of its value in a card. */
  header: string;
  cell: (item: Item) => ReactNode;
  /** Figures (amounts, counts): right-aligned and kept on one line in the table. */
  numeric?: boolean;
};

type StackedTableProps<Item> = {
  items: readonly Item[];
  columns: readonly StackedColumn<Item>[];
  rowKey: (item: Item, index: number) => Key;
  emptyMessage: string;
  /** What may be done with each item: the table's last column, the foot of each card. */
  actions?: (item: Item) => ReactNode;
};

/**
 * Records with many columns (a report's rows, the export history): a table from 768 px wide, and on a phone a card a
 * record, each value beside its column's header, so that a wide record never makes a 360 px page scroll sideways.
 */
export function StackedTable<Item>({ items, columns, rowKey, emptyMessage, actions }: StackedTableProps<Item>) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="text-center text-body-secondary py-2">{emptyMessage}</p>;
  return (
    <>
      <div className="d-none d-md-block">
        <Table responsive hover className="align-middle">
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={index} className={column.numeric ? 'text-end' : undefined}>
                  {column.header}
                </th>
              ))}
              {actions && <th className="text-end d-print-none">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item, row) => (
              <tr key={rowKey(item, row)}>
                {columns.map((column, index) => (
                  <td key={index} className={column.numeric ? 'text-end text-nowrap' : undefined}>
                    {column.cell(item)}
                  </td>
                ))}
                {actions && <td className="text-end text-nowrap d-print-none">{actions(item)}</td>}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul className="list-unstyled d-md-none mb-3">
        {items.map((item, row) => (
          <li key={rowKey(item, row)}>
            <Card className="mb-2">
              <Card.Body className="p-2">
                <dl className="row mb-0 small">
                  {columns.map((column, index) => (
                    <Fragment key={index}>
                      <dt className="col-5 fw-normal text-body-secondary">{column.header}</dt>
                      <dd className="col-7 mb-1 text-break">{column.cell(item)}</dd>
                    </Fragment>
                  ))}
                </dl>
                {actions && <div className="mt-1 d-print-none">{actions(item)}</div>}
              </Card.Body>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
