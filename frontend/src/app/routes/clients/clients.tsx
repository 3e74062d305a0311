import { useTranslation } from 'react-i18next';

import { useClientFormOptions } from '@/app/routes/clients/use-client-form-options';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { ClientsList } from '@/features/clients/components/clients-list';
import { Authorization, POLICIES } from '@/lib/authorization';

function ClientsPage() {
  return <ClientsList options={useClientFormOptions()} />;
}

export default function ClientsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('clients.title')} />
      <ClientsPage />
    </Authorization>
  );
}
