import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Nav from 'react-bootstrap/Nav';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PagedTable } from '@/components/ui/paged-table';
import {
  MESSAGE_CHANNELS,
  OUTBOX_STATUSES,
  useOutboxCounts,
  useOutboxMessages,
  type GetOutboxQuery,
  type MessageChannel,
  type OutboxCounts,
  type OutboxMessage,
  type OutboxStatus,
} from '@/features/notifications/outbox/api/get-outbox';
import { useRetryOutboxMessage } from '@/features/notifications/outbox/api/retry-outbox-message';
import { OutboxStatusBadge } from '@/features/notifications/outbox/components/outbox-status-badge';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;
const ALL = 'all';
const COUNT_KEYS = { Pending: 'pending', Sent: 'sent', Failed: 'failed' } as const satisfies Record<
  OutboxStatus,
  keyof OutboxCounts
>;

/** When it was sent, or when it is tried next, or that it is given up: under its status badge. */
function Delivery({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="small text-body-secondary">
      {message.sentAt && t('outbox.sentAt', { date: formatDateTime(message.sentAt, locale) })}
      {message.status === 'Pending' && t('outbox.nextAttempt', { date: formatDateTime(message.nextAttemptAt, locale) })}
      {message.attempts > 0 && <div>{t('outbox.failures', { count: message.attempts })}</div>}
      {message.lastError && <div className="text-danger text-break">{message.lastError}</div>}
    </div>
  );
}

/** A filter's tab with how many messages it holds (« … » until they are counted). */
function StatusTab({ eventKey, label, count }: { eventKey: string; label: string; count?: number }) {
  return (
    <Nav.Item>
      <Nav.Link eventKey={eventKey} as="button" type="button">
        {label} <span className="small">({count ?? '…'})</span>
      </Nav.Link>
    </Nav.Item>
  );
}

/**
 * The institution's e-mails and SMS, newest first, by status (tabs with their counts) and channel. A failed one —
 * dead-lettered after too many tries — shows its last error and, for an administrator, « Renvoyer ». On a phone each
 * row stacks into a card.
 */
export function OutboxList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canRetry = useIsAllowed(POLICIES.outboxRetry);
  const [status, setStatus] = useState<OutboxStatus | undefined>();
  const [channel, setChannel] = useState<MessageChannel | undefined>();
  const [page, setPage] = useState(1);
  const query: GetOutboxQuery = { status, channel, page, pageSize: PAGE_SIZE };
  const messages = useOutboxMessages(query);
  const counts = useOutboxCounts(query).data;
  const retry = useRetryOutboxMessage();

  return (
    <>
      <div className="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-3">
        <Nav
          variant="pills"
          className="flex-wrap gap-1"
          activeKey={status ?? ALL}
          onSelect={(key) => {
            setStatus(key === ALL || key === null ? undefined : (key as OutboxStatus));
            setPage(1);
          }}
          aria-label={t('outbox.statusFilter')}
        >
          <StatusTab eventKey={ALL} label={t('outbox.all')} count={counts && counts.pending + counts.sent + counts.failed} />
          {OUTBOX_STATUSES.map((value) => (
            <StatusTab
              key={value}
              eventKey={value}
              label={t(`outboxStatuses.${value}`)}
              count={counts?.[COUNT_KEYS[value]]}
            />
          ))}
        </Nav>
        <Form.Group controlId="outbox-channel">
          <Form.Label className="small mb-1">{t('outbox.channel')}</Form.Label>
          <Form.Select
            size="sm"
            value={channel ?? ''}
            onChange={(event) => {
              setChannel((event.target.value || undefined) as MessageChannel | undefined);
              setPage(1);
            }}
          >
            <option value="">{t('outbox.allChannels')}</option>
            {MESSAGE_CHANNELS.map((value) => (
              <option key={value} value={value}>
                {t(`messageChannels.${value}`)}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
      </div>

      {retry.error !== null && <ErrorAlert error={retry.error} />}

      <PagedTable
        query={messages}
        className="align-middle"
        columnCount={canRetry ? 6 : 5}
        headers={
          <>
            <th>{t('outbox.createdAt')}</th>
            <th>{t('outbox.channel')}</th>
            <th>{t('outbox.recipient')}</th>
            <th>{t('outbox.message')}</th>
            <th>{t('outbox.status')}</th>
            {canRetry && <th aria-label={t('common.actions')} />}
          </>
        }
        renderRow={(message) => (
          <tr key={message.id}>
            <td className="text-nowrap">{formatDateTime(message.createdAt, locale)}</td>
            <td>{t(`messageChannels.${message.channel}`)}</td>
            <td className="text-break">{message.recipient}</td>
            <td>
              {message.subject && <div className="fw-semibold">{message.subject}</div>}
              <div className="small text-break">{message.body}</div>
            </td>
            <td>
              <OutboxStatusBadge status={message.status} />
              <Delivery message={message} />
            </td>
            {canRetry && (
              <td className="text-end">
                {message.status === 'Failed' && (
                  <Button
                    size="sm"
                    variant="outline-primary"
                    disabled={retry.isPending}
                    onClick={() => retry.mutate(message.id)}
                  >
                    {t('outbox.retry')}
                  </Button>
                )}
              </td>
            )}
          </tr>
        )}
        emptyMessage={t('outbox.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
