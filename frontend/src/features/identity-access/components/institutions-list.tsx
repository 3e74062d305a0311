import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PagedTable } from '@/components/ui/paged-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { useInstitutions, type Institution } from '@/features/identity-access/api/get-institutions';
import { useReactivateInstitution } from '@/features/identity-access/api/reactivate-institution';
import { useSuspendInstitution } from '@/features/identity-access/api/suspend-institution';
import { CreateInstitutionDialog } from '@/features/identity-access/components/create-institution-dialog';
import { useEnumLabel } from '@/lib/enum-labels';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type StatusChange = { kind: 'suspend' | 'reactivate'; institution: Institution };

export function InstitutionsList() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [statusChange, setStatusChange] = useState<StatusChange | null>(null);
  const institutions = useInstitutions({ page, pageSize: PAGE_SIZE });
  const suspendInstitution = useSuspendInstitution();
  const reactivateInstitution = useReactivateInstitution();
  const mutation = statusChange?.kind === 'reactivate' ? reactivateInstitution : suspendInstitution;

  const closeStatusChange = () => {
    suspendInstitution.reset();
    reactivateInstitution.reset();
    setStatusChange(null);
  };

  return (
    <>
      <div className="d-flex justify-content-end mb-3">
        <Button onClick={() => setCreating(true)}>{t('institutions.new')}</Button>
      </div>

      <PagedTable
        query={institutions}
        hover
        className="align-middle"
        columnCount={7}
        headers={
          <>
            <th>{t('institutions.code')}</th>
            <th>{t('institutions.name')}</th>
            <th>{t('institutions.currencyCode')}</th>
            <th>{t('institutions.timeZone')}</th>
            <th>{t('common.status')}</th>
            <th>{t('common.createdAt')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(institution) => {
          const active = institution.status === 'Active';
          return (
            <tr key={institution.id}>
              <td>{institution.code}</td>
              <td>{institution.name}</td>
              <td>{institution.currencyCode}</td>
              <td>{institution.timeZone}</td>
              <td>
                <StatusBadge active={active} label={label('InstitutionStatus', institution.status)} />
              </td>
              <td className="text-nowrap">{formatDate(institution.createdAt, locale)}</td>
              <td className="text-end">
                <Button
                  variant="link"
                  size="sm"
                  className={active ? 'text-danger' : undefined}
                  onClick={() => setStatusChange({ kind: active ? 'suspend' : 'reactivate', institution })}
                >
                  {t(active ? 'institutions.suspend' : 'common.reactivate')}
                </Button>
              </td>
            </tr>
          );
        }}
        emptyMessage={t('institutions.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      {creating && <CreateInstitutionDialog onClose={() => setCreating(false)} />}
      {statusChange && (
        <ConfirmDialog
          title={t(`institutions.${statusChange.kind}Title`)}
          message={t(`institutions.${statusChange.kind}Confirm`, { name: statusChange.institution.name })}
          confirmLabel={t(statusChange.kind === 'suspend' ? 'institutions.suspend' : 'common.reactivate')}
          variant={statusChange.kind === 'suspend' ? 'danger' : 'primary'}
          isPending={mutation.isPending}
          error={mutation.error}
          onCancel={closeStatusChange}
          onConfirm={() => mutation.mutate(statusChange.institution.id, { onSuccess: closeStatusChange })}
        />
      )}
    </>
  );
}
