import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { QueryTable } from '@/components/ui/paged-table';
import { ActiveBadge } from '@/components/ui/status-badge';

type EditableListProps<Item> = {
  /** The whole list (the API does not page it). */
  query: UseQueryResult<readonly Item[]>;
  /** The label of the button that creates one, e.g. "New product". */
  newLabel: string;
  /** The record's own columns: their header cells, how many they are, and each row's cells. */
  headers: ReactNode;
  columnCount: number;
  cells: (item: Item) => ReactNode;
  emptyMessage: string;
  /** The dialog that creates a record (`undefined`) or edits the one given. */
  renderDialog: (item: Item | undefined, onClose: () => void) => ReactNode;
};

/**
 * The records an administrator keeps (products): a button to create one, then the list, each row ending with
 * whether the record is active and a button to edit it.
 */
export function EditableList<Item extends { id: string; isActive: boolean }>({
  query,
  newLabel,
  headers,
  columnCount,
  cells,
  emptyMessage,
  renderDialog,
}: EditableListProps<Item>) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<{ item?: Item } | null>(null);
  return (
    <>
      <div className="d-flex justify-content-end mb-3">
        <Button onClick={() => setDialog({})}>{newLabel}</Button>
      </div>
      <QueryTable
        query={query}
        hover
        className="align-middle"
        columnCount={columnCount + 2}
        headers={
          <>
            {headers}
            <th>{t('common.status')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(item) => (
          <tr key={item.id}>
            {cells(item)}
            <td>
              <ActiveBadge active={item.isActive} />
            </td>
            <td className="text-end">
              <Button variant="link" size="sm" onClick={() => setDialog({ item })}>
                {t('common.edit')}
              </Button>
            </td>
          </tr>
        )}
        emptyMessage={emptyMessage}
      />
      {dialog && renderDialog(dialog.item, () => setDialog(null))}
    </>
  );
}
