import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import type { Client } from '@/features/clients/api/get-client';
import { useClientMessages, type ClientMessage } from '@/features/clients/api/get-client-messages';
import { ClientMessagingDialog } from '@/features/clients/components/client-messaging-dialog';
import { Authorization, POLICIES } from '@/lib/authorization';
import { useEnumLabel } from '@/lib/enum-labels';
import { formatDate, formatTimestamp } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 10;

const STATUS_VARIANTS: Record<ClientMessage['status'], string> = { Pending: 'secondary', Sent: 'success', Failed: 'danger' };

/**
 * What was sent to the client (the SMS reminders), newest first, and how they want to be written to: the language of
 * their SMS and whether they refuse SMS reminders.
 */
export function ClientMessages({ client }: { client: Client }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useEnumLabel();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState(false);
  const messages = useClientMessages({ clientId: client.id, page, pageSize: PAGE_SIZE });

  return (
    <Section
      title={t('clients.messages.title')}
      actions={
        <Authorization allowed={POLICIES.frontOffice}>
          <Button size="sm" variant="outline-primary" className="d-print-none" onClick={() => setEditing(true)}>
            {t('clients.messaging.edit')}
          </Button>
        </Authorization>
      }
    >
      <p className="small mb-2" data-testid="client-messaging">
        {t('clients.messaging.summary', { language: t(`clients.messaging.languages.${client.language}`) })}{' '}
        {client.smsOptOut && client.smsOptOutAt
          ? t('clients.messaging.optedOutSince', { date: formatDate(client.smsOptOutAt, locale) })
          : t('clients.messaging.optedIn')}
      </p>
      <PagedTable
        query={messages}
        className="align-middle"
        columnCount={4}
        headers={
          <>
            <th>{t('clients.messages.createdAt')}</th>
            <th>{t('clients.messages.kind')}</th>
            <th>{t('clients.messages.text')}</th>
            <th>{t('clients.messages.status')}</th>
          </>
        }
        renderRow={(message) => (
          <tr key={message.id}>
            <td className="text-nowrap">{formatTimestamp(message.createdAt, locale)}</td>
            <td>{label('NotificationKind', message.kind)}</td>
            <td className="text-break">
              <div>{message.text}</div>
              <div className="small text-body-secondary">
                {label('MessageChannel', message.channel)} · {message.recipient}
              </div>
            </td>
            <td>
              <Badge bg={STATUS_VARIANTS[message.status]}>{label('OutboxStatus', message.status)}</Badge>
              {message.sentAt && <div className="small text-body-secondary">{formatTimestamp(message.sentAt, locale)}</div>}
            </td>
          </tr>
        )}
        emptyMessage={t('clients.messages.none')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {editing && <ClientMessagingDialog client={client} onClose={() => setEditing(false)} />}
    </Section>
  );
}
