import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { useBranches } from '@/features/identity-access/api/get-branches';
import { TwoFactorSettingsSection } from '@/features/identity-access/components/two-factor-settings-form';
import { UsersList } from '@/features/identity-access/components/users-list';
import { Authorization, POLICIES } from '@/lib/authorization';

/** The users feature lists and edits users; the branches it may attach them to come from the branches feature. */
function UsersPage() {
  const branches = useBranches({ isActive: true, page: 1, pageSize: 100 });
  return (
    <>
      <ErrorAlert error={branches.error} onRetry={() => void branches.refetch()} />
      <UsersList branches={branches.data?.items ?? []} />
      <TwoFactorSettingsSection />
    </>
  );
}

export default function UsersRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.users} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('users.title')} />
      <UsersPage />
    </Authorization>
  );
}
