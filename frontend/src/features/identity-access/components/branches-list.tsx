import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PagedTable } from '@/components/ui/paged-table';
import { SearchForm } from '@/components/ui/search-form';
import { ActiveBadge } from '@/components/ui/status-badge';
import { useDeactivateBranch } from '@/features/identity-access/api/deactivate-branch';
import { useBranches, type Branch } from '@/features/identity-access/api/get-branches';
import { CreateBranchDialog } from '@/features/identity-access/components/create-branch-dialog';
import { EditBranchDialog } from '@/features/identity-access/components/edit-branch-dialog';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

export function BranchesList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Branch | null>(null);
  const [deactivating, setDeactivating] = useState<Branch | null>(null);
  const branches = useBranches({ search: search || undefined, page, pageSize: PAGE_SIZE });
  const deactivateBranch = useDeactivateBranch();

  const closeDeactivate = () => {
    deactivateBranch.reset();
    setDeactivating(null);
  };

  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <SearchForm
          label={t('branches.search')}
          defaultValue={search}
          onSearch={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
        <Button onClick={() => setCreating(true)}>{t('branches.new')}</Button>
      </div>

      <PagedTable
        query={branches}
        hover
        className="align-middle"
        columnCount={6}
        headers={
          <>
            <th>{t('branches.code')}</th>
            <th>{t('branches.name')}</th>
            <th>{t('branches.address')}</th>
            <th>{t('common.status')}</th>
            <th>{t('common.createdAt')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(branch) => (
          <tr key={branch.id}>
            <td>{branch.code}</td>
            <td>{branch.name}</td>
            <td>{branch.address ?? '—'}</td>
            <td>
              <ActiveBadge active={branch.isActive} />
            </td>
            <td className="text-nowrap">{formatDate(branch.createdAt, locale)}</td>
            <td className="text-end text-nowrap">
              <Button variant="link" size="sm" onClick={() => setEditing(branch)}>
                {t('common.edit')}
              </Button>
              {branch.isActive && (
                <Button variant="link" size="sm" className="text-danger" onClick={() => setDeactivating(branch)}>
                  {t('common.deactivate')}
                </Button>
              )}
            </td>
          </tr>
        )}
        emptyMessage={t('branches.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      {creating && <CreateBranchDialog onClose={() => setCreating(false)} />}
      {editing && <EditBranchDialog branch={editing} onClose={() => setEditing(null)} />}
      {deactivating && (
        <ConfirmDialog
          title={t('branches.deactivateTitle')}
          message={t('branches.deactivateConfirm', { name: deactivating.name })}
          confirmLabel={t('common.deactivate')}
          isPending={deactivateBranch.isPending}
          error={deactivateBranch.error}
          onCancel={closeDeactivate}
          onConfirm={() => deactivateBranch.mutate(deactivating.id, { onSuccess: closeDeactivate })}
        />
      )}
    </>
  );
}
