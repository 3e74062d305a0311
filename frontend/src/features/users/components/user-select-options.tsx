import { useTranslation } from 'react-i18next';

import { INSTITUTION_ROLES } from '@/lib/authorization';

/** The branches a user may be attached to; the route supplies them. */
export type BranchOption = { id: string; name: string };

export function RoleOptions() {
  const { t } = useTranslation();
  return INSTITUTION_ROLES.map((role) => (
    <option key={role} value={role}>
      {t(`roles.${role}`)}
    </option>
  ));
}

export function BranchOptions({ branches }: { branches: readonly BranchOption[] }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('users.noBranch')}</option>
      {branches.map((branch) => (
        <option key={branch.id} value={branch.id}>
          {branch.name}
        </option>
      ))}
    </>
  );
}
