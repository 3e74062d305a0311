import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Dropdown from 'react-bootstrap/Dropdown';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PagedTable } from '@/components/ui/paged-table';
import { SearchForm } from '@/components/ui/search-form';
import { ActiveBadge } from '@/components/ui/status-badge';
import { useDeactivateUser } from '@/features/identity-access/api/deactivate-user';
import { useResetUserTwoFactor } from '@/features/identity-access/api/reset-user-two-factor';
import { useUsers, type User } from '@/features/identity-access/api/get-users';
import { useReactivateUser } from '@/features/identity-access/api/reactivate-user';
import { CreateUserDialog } from '@/features/identity-access/components/create-user-dialog';
import { EditUserDialog } from '@/features/identity-access/components/edit-user-dialog';
import { ResetPasswordDialog } from '@/features/identity-access/components/reset-password-dialog';
import { UserAssignmentDialog } from '@/features/identity-access/components/user-assignment-dialog';
import { RoleOptions, type BranchOption } from '@/features/identity-access/components/user-select-options';
import { useRoleLabels } from '@/lib/authorization';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit' | 'assignment' | 'password' | 'twoFactor' | 'deactivate' | 'reactivate'; user: User };

function isLocked(user: User) {
  return user.lockoutEnd ? new Date(user.lockoutEnd) > new Date() : false;
}

export function UsersList({ branches }: { branches: readonly BranchOption[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const roleLabels = useRoleLabels();
  const [filters, setFilters] = useState({ search: '', role: '' });
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const users = useUsers({
    search: filters.search || undefined,
    role: filters.role || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const deactivateUser = useDeactivateUser();
  const reactivateUser = useReactivateUser();
  const activation = dialog?.kind === 'reactivate' ? reactivateUser : deactivateUser;
  const resetTwoFactor = useResetUserTwoFactor();

  const closeDialog = () => {
    deactivateUser.reset();
    resetTwoFactor.reset();
    reactivateUser.reset();
    setDialog(null);
  };

  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <SearchForm
          label={t('users.search')}
          defaultValue={filters.search}
          onSearch={(search) => {
            setFilters((current) => ({ ...current, search }));
            setPage(1);
          }}
        />
        <Form.Select
          aria-label={t('users.roleFilter')}
          value={filters.role}
          className="w-auto"
          onChange={(event) => {
            setFilters((current) => ({ ...current, role: event.target.value }));
            setPage(1);
          }}
        >
          <option value="">{t('users.allRoles')}</option>
          <RoleOptions />
        </Form.Select>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.new')}</Button>
      </div>

      <PagedTable
        query={users}
        hover
        className="align-middle"
        columnCount={7}
        headers={
          <>
            <th>{t('users.username')}</th>
            <th>{t('users.displayName')}</th>
            <th>{t('users.role')}</th>
            <th>{t('users.branch')}</th>
            <th>{t('common.status')}</th>
            <th>{t('users.lastLogin')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(user) => (
          <tr key={user.id}>
            <td>{user.username}</td>
            <td>{user.displayName}</td>
            <td>{roleLabels([user.role])}</td>
            <td>{user.branchName ?? '—'}</td>
            <td className="text-nowrap">
              <ActiveBadge active={user.isActive} />{' '}
              {isLocked(user) && (
                <Badge bg="warning" text="dark">
                  {t('users.locked')}
                </Badge>
              )}
            </td>
            <td className="text-nowrap">{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : '—'}</td>
            <td className="text-end">
              <Dropdown align="end">
                <Dropdown.Toggle variant="outline-secondary" size="sm" id={`user-actions-${user.id}`}>
                  {t('common.actions')}
                </Dropdown.Toggle>
                <Dropdown.Menu popperConfig={{ strategy: 'fixed' }} renderOnMount>
                  <Dropdown.Item as="button" onClick={() => setDialog({ kind: 'edit', user })}>
                    {t('common.edit')}
                  </Dropdown.Item>
                  <Dropdown.Item as="button" onClick={() => setDialog({ kind: 'assignment', user })}>
                    {t('users.assignment')}
                  </Dropdown.Item>
                  <Dropdown.Item as="button" onClick={() => setDialog({ kind: 'password', user })}>
                    {t('users.resetPassword')}
                  </Dropdown.Item>
                  {user.twoFactorEnabled && (
                    <Dropdown.Item as="button" onClick={() => setDialog({ kind: 'twoFactor', user })}>
                      {t('users.resetTwoFactor')}
                    </Dropdown.Item>
                  )}
                  <Dropdown.Divider />
                  {user.isActive ? (
                    <Dropdown.Item
                      as="button"
                      className="text-danger"
                      onClick={() => setDialog({ kind: 'deactivate', user })}
                    >
                      {t('common.deactivate')}
                    </Dropdown.Item>
                  ) : (
                    <Dropdown.Item as="button" onClick={() => setDialog({ kind: 'reactivate', user })}>
                      {t('common.reactivate')}
                    </Dropdown.Item>
                  )}
                </Dropdown.Menu>
              </Dropdown>
            </td>
          </tr>
        )}
        emptyMessage={t('users.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      {dialog?.kind === 'create' && <CreateUserDialog branches={branches} onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={closeDialog} />}
      {dialog?.kind === 'assignment' && (
        <UserAssignmentDialog user={dialog.user} branches={branches} onClose={closeDialog} />
      )}
      {dialog?.kind === 'password' && <ResetPasswordDialog user={dialog.user} onClose={closeDialog} />}
      {dialog?.kind === 'twoFactor' && (
        <ConfirmDialog
          title={t('users.resetTwoFactor')}
          message={t('users.resetTwoFactorConfirm', { username: dialog.user.username })}
          confirmLabel={t('users.resetTwoFactor')}
          isPending={resetTwoFactor.isPending}
          error={resetTwoFactor.error}
          onCancel={closeDialog}
          onConfirm={() => resetTwoFactor.mutate(dialog.user.id, { onSuccess: closeDialog })}
        />
      )}
      {(dialog?.kind === 'deactivate' || dialog?.kind === 'reactivate') && (
        <ConfirmDialog
          title={t(`users.${dialog.kind}Title`)}
          message={t(`users.${dialog.kind}Confirm`, { username: dialog.user.username })}
          confirmLabel={t(`common.${dialog.kind}`)}
          variant={dialog.kind === 'deactivate' ? 'danger' : 'primary'}
          isPending={activation.isPending}
          error={activation.error}
          onCancel={closeDialog}
          onConfirm={() => activation.mutate(dialog.user.id, { onSuccess: closeDialog })}
        />
      )}
    </>
  );
}
