import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FilterSelect } from '@/components/ui/filter-select';
import { QueryTable } from '@/components/ui/paged-table';
import { SearchForm } from '@/components/ui/search-form';
import { ActiveBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { GL_CLASSES, useGlAccounts, type GlAccount } from '@/features/accounting/api/get-gl-accounts';
import { CreateGlAccountDialog } from '@/features/accounting/components/create-gl-account-dialog';
import { DeleteGlAccountDialog } from '@/features/accounting/components/delete-gl-account-dialog';
import { RenameGlAccountDialog } from '@/features/accounting/components/rename-gl-account-dialog';
import { POLICIES, useIsAllowed } from '@/lib/authorization';

type Dialog = { kind: 'create' } | { kind: 'rename' | 'delete'; glAccount: GlAccount };

/** The chart of accounts; accountants add, rename and delete accounts, others read it. */
export function GlAccountsList() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState({ search: '', class: '' });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canEdit = useIsAllowed(POLICIES.chartOfAccounts);
  const glAccounts = useGlAccounts({
    search: filters.search || undefined,
    class: filters.class ? Number(filters.class) : undefined,
  });
  const close = () => setDialog(null);

  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <SearchForm
          label={t('glAccounts.search')}
          defaultValue={filters.search}
          onSearch={(search) => setFilters((current) => ({ ...current, search }))}
        >
          <FilterSelect
            label={t('glAccounts.classFilter')}
            value={filters.class}
            onChange={(value) => setFilters((current) => ({ ...current, class: value }))}
            allLabel={t('glAccounts.allClasses')}
            options={GL_CLASSES.map((glClass) => ({
              value: String(glClass),
              label: t(`glAccounts.classes.${glClass}`),
            }))}
          />
        </SearchForm>
        {canEdit && <Button onClick={() => setDialog({ kind: 'create' })}>{t('glAccounts.new')}</Button>}
      </div>

      <QueryTable
        query={glAccounts}
        hover
        size="sm"
        className="align-middle"
        columnCount={canEdit ? 5 : 4}
        headers={
          <>
            <th>{t('glAccounts.code')}</th>
            <th>{t('glAccounts.name')}</th>
            <th>{t('glAccounts.type')}</th>
            <th>{t('common.status')}</th>
            {canEdit && <th className="text-end">{t('common.actions')}</th>}
          </>
        }
        renderRow={(glAccount) => (
          <tr key={glAccount.id}>
            <td>
              <Link to={paths.generalLedger.getHref(glAccount.id)} aria-label={t('generalLedger.openFor', { code: glAccount.code })}>
                {glAccount.code}
              </Link>
            </td>
            <td>
              {glAccount.name}
              {glAccount.class === 1 && glAccount.type === 'Asset' && (
                <>
                  {' · '}
                  <Link
                    to={paths.bankReconciliation.getHref(glAccount.id)}
                    aria-label={t('bankReconciliation.openFor', { code: glAccount.code })}
                  >
                    {t('bankReconciliation.open')}
                  </Link>
                </>
              )}
            </td>
            <td>{t(`glAccountTypes.${glAccount.type}`)}</td>
            <td>
              <ActiveBadge active={glAccount.isActive} />
            </td>
            {canEdit && (
              <td className="text-end text-nowrap">
                <Button variant="link" size="sm" onClick={() => setDialog({ kind: 'rename', glAccount })}>
                  {t('glAccounts.rename')}
                </Button>
                <Button
                  variant="link"
                  size="sm"
                  className="text-danger"
                  onClick={() => setDialog({ kind: 'delete', glAccount })}
                >
                  {t('common.delete')}
                </Button>
              </td>
            )}
          </tr>
        )}
        emptyMessage={t('glAccounts.empty')}
      />

      {dialog?.kind === 'create' && <CreateGlAccountDialog onClose={close} />}
      {dialog?.kind === 'rename' && <RenameGlAccountDialog glAccount={dialog.glAccount} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteGlAccountDialog glAccount={dialog.glAccount} onClose={close} />}
    </>
  );
}
