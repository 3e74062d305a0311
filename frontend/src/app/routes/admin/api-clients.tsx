import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { ApiClientsList } from '@/features/identity-access/components/api-clients-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function ApiClientsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.apiClients} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('apiClients.title')} />
      <ApiClientsList />
    </Authorization>
  );
}
