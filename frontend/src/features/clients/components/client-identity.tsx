import { useTranslation } from 'react-i18next';

import { DetailsList } from '@/components/ui/details-list';
import type { Client } from '@/features/clients/api/get-client';
import { ClientStatusBadge } from '@/features/clients/components/client-status-badge';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** Who the client is: shown on the client's page and printed on the client sheet. */
export function ClientIdentity({ client }: { client: Client }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const document = client.idDocumentType
    ? `${t(`idDocumentTypes.${client.idDocumentType}`)} ${client.idDocumentNumber ?? ''}`
    : null;
  return (
    <DetailsList
      details={[
        { label: t('clients.number'), value: client.number },
        { label: t('common.status'), value: <ClientStatusBadge status={client.status} /> },
        { label: t('clients.name'), value: `${client.lastName} ${client.firstName}` },
        { label: t('clients.gender'), value: t(`genders.${client.gender}`) },
        { label: t('clients.dateOfBirth'), value: formatDate(client.dateOfBirth, locale) },
        { label: t('clients.phone'), value: client.phone },
        { label: t('clients.email'), value: client.email },
        { label: t('clients.address'), value: client.address },
        { label: t('clients.city'), value: client.city },
        { label: t('clients.occupation'), value: client.occupation },
        { label: t('clients.idDocument'), value: document },
        { label: t('clients.branch'), value: client.branchName },
        { label: t('clients.agent'), value: client.assignedAgentName },
        { label: t('clients.registeredAt'), value: formatDate(client.createdAt, locale) },
      ]}
    />
  );
}
