import { useCallback, useState } from 'react';
import Button from 'react-bootstrap/Button';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueueStateBadge } from '@/features/sync/components/queue-state-badge';
import { offlineDb, type QueuedOperation } from '@/features/sync/offline-db';
import { listQueue, removeRefused } from '@/features/sync/queue';
import { useLiveQuery } from '@/features/sync/use-live-query';
import { useSync } from '@/features/sync/use-sync';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type QueueListProps = {
  userId: string;
  onShowReceipt: (operation: QueuedOperation) => void;
  /** « Corriger et renvoyer »: the agent records it again (a new operation, with a new key). */
  onCorrect: (operation: QueuedOperation) => void;
};

/** The phone's queue in its order: each operation's state, and what the agent may do with a refused one. */
export function QueueList({ userId, onShowReceipt, onCorrect }: QueueListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sync = useSync();
  const query = useCallback(() => listQueue(offlineDb, userId), [userId]);
  const { value: queue } = useLiveQuery(query);
  const [deleting, setDeleting] = useState<QueuedOperation | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  if (!queue) return null;
  if (queue.length === 0) return <p className="text-body-secondary">{t('sync.queue.empty')}</p>;

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await removeRefused(offlineDb, deleting);
      setDeleting(null);
      void sync?.reportStatus();
    } catch (error) {
      setDeleteError(error);
    }
  };

  return (
    <>
      <ListGroup as="ol" aria-label={t('sync.queue.title')}>
        {queue.map((operation) => (
          <ListGroup.Item as="li" key={operation.key} className="d-flex flex-column gap-1">
            <div className="d-flex flex-wrap justify-content-between align-items-start gap-2">
              <div className="text-break">
                <span className="fw-semibold">{t(`sync.kinds.${operation.kind}`)}</span>
                {' — '}
                {operation.summary.clientName}
                <span className="d-block small text-body-secondary">
                  {operation.provisionalNumber} · {operation.summary.targetLabel} ·{' '}
                  {formatDateTime(operation.recordedAt, locale)}
                </span>
              </div>
              <div className="text-end">
                {operation.kind !== 'NewClient' && (
                  <span className="fw-semibold text-nowrap">
                    {formatMoney(operation.summary.total, operation.summary.currency, locale)}
                  </span>
                )}
                <div>
                  <QueueStateBadge state={operation.state} />
                </div>
              </div>
            </div>
            {operation.state === 'Pending' && operation.lastError && (
              <p className="small text-body-secondary mb-0">
                {t('sync.queue.retrying', { count: operation.attempts, reason: t(`sync.errors.${operation.lastError}`) })}
              </p>
            )}
            {operation.state === 'Refused' && (
              <p className="small text-danger mb-0">
                {operation.problem?.detail ?? operation.problem?.title ?? t('errors.unexpected')}
              </p>
            )}
            <div className="d-flex flex-wrap gap-2">
              <Button size="sm" variant="outline-primary" onClick={() => onShowReceipt(operation)}>
                {t('sync.queue.receipt')}
              </Button>
              {operation.state === 'Refused' && (
                <>
                  <Button size="sm" variant="outline-primary" onClick={() => onCorrect(operation)}>
                    {t('sync.queue.correct')}
                  </Button>
                  <Button size="sm" variant="outline-danger" onClick={() => setDeleting(operation)}>
                    {t('sync.queue.remove')}
                  </Button>
                </>
              )}
            </div>
          </ListGroup.Item>
        ))}
      </ListGroup>
      {deleting && (
        <ConfirmDialog
          title={t('sync.queue.removeTitle', { number: deleting.provisionalNumber })}
          message={
            deleting.kind === 'NewClient'
              ? t('sync.queue.removeClientMessage', { name: deleting.summary.clientName })
              : t('sync.queue.removeMessage', {
                  amount: formatMoney(deleting.summary.total, deleting.summary.currency, locale),
                  name: deleting.summary.clientName,
                })
          }
          confirmLabel={t('sync.queue.remove')}
          isPending={false}
          error={deleteError}
          onConfirm={() => void confirmDelete()}
          onCancel={() => {
            setDeleting(null);
            setDeleteError(null);
          }}
        />
      )}
    </>
  );
}
