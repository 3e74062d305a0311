import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { GlAccountsList } from '@/features/accounting/components/gl-accounts-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function GlAccountsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.accounting} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('glAccounts.title')} />
      <GlAccountsList />
    </Authorization>
  );
}
