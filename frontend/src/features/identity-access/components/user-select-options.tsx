import { useTranslation } from 'react-i18next';

import { EnumOptions, NamedOptions } from '@/components/ui/select-options';
import { INSTITUTION_ROLES } from '@/lib/authorization';

/** The branches a user may be attached to; the route supplies them. */
export type BranchOption = { id: string; name: string };

export function RoleOptions() {
  return <EnumOptions values={INSTITUTION_ROLES} labelKey="roles" />;
}

export function BranchOptions({ branches }: { branches: readonly BranchOption[] }) {
  const { t } = useTranslation();
  return <NamedOptions items={branches} emptyLabel={t('users.noBranch')} />;
}
