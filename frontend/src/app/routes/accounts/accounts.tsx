import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { AccountsList } from '@/features/deposits/components/accounts-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function AccountsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('accounts.title')} />
      <AccountsList />
    </Authorization>
  );
}
