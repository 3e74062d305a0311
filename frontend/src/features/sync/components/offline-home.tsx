import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Tab from 'react-bootstrap/Tab';
import Tabs from 'react-bootstrap/Tabs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { ClientObjects } from '@/features/sync/components/client-objects';
import { ClientPicker } from '@/features/sync/components/client-picker';
import { NetworkStatus } from '@/features/sync/components/network-status';
import { NewClientDialog } from '@/features/sync/components/new-client-dialog';
import { OperationReceiptDialog } from '@/features/sync/components/operation-receipt';
import { QueueList } from '@/features/sync/components/queue-list';
import { RecordDialog } from '@/features/sync/components/record-dialog';
import { offlineDb, type QueuedOperation, type WorkingDataRow } from '@/features/sync/offline-db';
import { clearSynced } from '@/features/sync/queue';
import { clientName, targetId, type Target } from '@/features/sync/targets';
import { useLiveQuery } from '@/features/sync/use-live-query';
import { useOnline } from '@/features/sync/use-online';
import { useSync } from '@/features/sync/use-sync';
import { readWorkingData } from '@/features/sync/working-data';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The object a refused operation was recorded on, if the working data still has it. */
function findTarget(data: WorkingDataRow, operation: QueuedOperation): Target | null {
  switch (operation.kind) {
    case 'Deposit': {
      const account = data.accounts.find((candidate) => candidate.id === operation.targetId);
      return account ? { kind: 'Deposit', account } : null;
    }
    case 'LoanRepayment': {
      const loan = data.loans.find((candidate) => candidate.id === operation.targetId);
      return loan ? { kind: 'LoanRepayment', loan } : null;
    }
    case 'TontineContribution': {
      const participant = data.tontineParticipants.find((candidate) => candidate.id === operation.targetId);
      return participant ? { kind: 'TontineContribution', participant } : null;
    }
    case 'NewClient':
      return null;
  }
}

/** Whole days between the day of `instant` and today, on the phone's calendar. */
function daysAgo(instant: string) {
  const day = new Date(instant);
  const today = new Date();
  const start = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  return Math.round((start(today) - start(day)) / 86_400_000);
}

/** The state of the sync in words: on its way, waiting to retry (and why), or the time of the last one. */
function SyncLine() {
  const { t } = useTranslation();
  const locale = useLocale();
  const sync = useSync();
  if (!sync) return null;
  const { status } = sync;
  if (status.running) return <p className="mb-0">{t('sync.status.running')}</p>;
  if (status.lastError) {
    return (
      <p className="mb-0 text-warning-emphasis">
        {t('sync.status.failed', {
          reason: t(`sync.errors.${status.lastError}`),
          time: status.nextRetryAt ? formatDateTime(status.nextRetryAt, locale) : '—',
        })}
      </p>
    );
  }
  return status.lastSyncedAt ? (
    <p className="mb-0">{t('sync.status.lastSynced', { time: formatDateTime(status.lastSyncedAt, locale) })}</p>
  ) : null;
}

/**
 * The field agent's home for collection, with or without a network: the working data's clients, recording on the phone,
 * the queue with its states, « Synchroniser maintenant » and « Actualiser les données ».
 */
export function OfflineHome({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const online = useOnline();
  const sync = useSync();
  const workingDataQuery = useCallback(() => readWorkingData(offlineDb, userId), [userId]);
  const workingData = useLiveQuery(workingDataQuery);
  const data = workingData.value ?? null;
  const [tab, setTab] = useState<string>('record');
  const [clientId, setClientId] = useState<string | null>(null);
  const [recording, setRecording] = useState<Target | null>(null);
  const [correcting, setCorrecting] = useState<QueuedOperation | null>(null);
  const [receipt, setReceipt] = useState<QueuedOperation | null>(null);
  /** A new client's draft being written: empty, or correcting a refused one. */
  const [drafting, setDrafting] = useState<{ replacing?: QueuedOperation } | null>(null);
  // The server registers a new client in its creator's branch: a user of no branch registers clients online.
  const user = useCurrentUser();
  const mayDraftClients = !!user.branchId;
  const refresh = useMutation({ mutationFn: () => sync?.refreshWorkingData() ?? Promise.resolve() });
  const syncNow = useMutation({ mutationFn: () => sync?.syncNow() ?? Promise.resolve() });

  const client = data?.clients.find((candidate) => candidate.id === clientId) ?? null;
  const counts = sync?.counts;

  const recorded = (operation: QueuedOperation) => {
    setRecording(null);
    setCorrecting(null);
    setDrafting(null);
    setReceipt(operation);
    if (online) void sync?.syncNow();
  };

  const correct = (operation: QueuedOperation) => {
    if (operation.kind === 'NewClient') {
      setDrafting({ replacing: operation });
      return;
    }
    setCorrecting(operation);
    setClientId(operation.summary.clientId);
    setTab('record');
    const target = data ? findTarget(data, operation) : null;
    if (target) setRecording(target);
  };

  return (
    <>
      <PageHeader title={t('sync.title')} actions={<NetworkStatus />} />
      <Card className="mb-3">
        <Card.Body className="d-flex flex-column gap-2">
          <p className="mb-0">
            {data
              ? t('sync.dataOf', { time: formatDateTime(data.refreshedAt, locale) })
              : workingData.value === undefined && !workingData.error
                ? t('common.loading')
                : t('sync.noData')}
          </p>
          {data?.truncated && <p className="mb-0 small text-warning-emphasis">{t('sync.truncated')}</p>}
          {counts && (
            <p className="mb-0" aria-live="polite">
              {t('sync.counts', { pending: counts.pending, refused: counts.refused, synced: counts.synced })}
            </p>
          )}
          <SyncLine />
          {counts?.oldestPendingAt && data && daysAgo(counts.oldestPendingAt) > 0 && (
            // The server refuses what was recorded more than the institution's tolerance before its today.
            <Alert variant="warning" className="mb-0">
              {t('sync.oldPending', {
                date: formatDateTime(counts.oldestPendingAt, locale),
                count: data.institution.offlineToleranceDays,
              })}
            </Alert>
          )}
          <div className="d-flex flex-wrap gap-2">
            <Button onClick={() => syncNow.mutate()} disabled={!online || !sync?.ready || sync.status.running}>
              {t('sync.syncNow')}
            </Button>
            <Button
              variant="outline-primary"
              onClick={() => refresh.mutate()}
              disabled={!online || !sync?.ready || refresh.isPending}
            >
              {t('sync.refresh')}
            </Button>
          </div>
          <ErrorAlert error={refresh.error} className="mb-0" />
        </Card.Body>
      </Card>

      <Tabs activeKey={tab} onSelect={(key) => setTab(key ?? 'record')} className="mb-3" id="offline-tabs">
        <Tab eventKey="record" title={t('sync.tabs.record')}>
          {correcting && (
            <Alert variant="info" className="d-flex flex-wrap justify-content-between align-items-center gap-2">
              <span>
                {t('sync.correcting', {
                  number: correcting.provisionalNumber,
                  kind: t(`sync.kinds.${correcting.kind}`),
                })}
              </span>
              <Button size="sm" variant="outline-secondary" onClick={() => setCorrecting(null)}>
                {t('common.cancel')}
              </Button>
            </Alert>
          )}
          {!data ? null : client ? (
            <>
              <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
                <h2 className="h5 mb-0 text-break">
                  {clientName(client)} <span className="text-body-secondary fs-6">({client.number})</span>
                </h2>
                <Button size="sm" variant="outline-secondary" onClick={() => setClientId(null)}>
                  {t('sync.client.change')}
                </Button>
              </div>
              <ClientObjects client={client} data={data} onlyKind={correcting?.kind} onRecord={setRecording} />
            </>
          ) : (
            <>
              {clientId && <Alert variant="warning">{t('sync.client.gone')}</Alert>}
              {mayDraftClients && !correcting && (
                <Button variant="outline-primary" className="mb-3" onClick={() => setDrafting({})}>
                  {t('sync.newClient.open')}
                </Button>
              )}
              <ClientPicker clients={data.clients} onPick={(picked) => setClientId(picked.id)} />
            </>
          )}
        </Tab>
        <Tab eventKey="queue" title={t('sync.tabs.queue', { count: (counts?.pending ?? 0) + (counts?.refused ?? 0) })}>
          <QueueList userId={userId} onShowReceipt={setReceipt} onCorrect={correct} />
          {counts && counts.synced > 0 && (
            <Button variant="outline-secondary" size="sm" className="mt-3" onClick={() => void clearSynced(offlineDb, userId)}>
              {t('sync.queue.clearSynced')}
            </Button>
          )}
        </Tab>
      </Tabs>

      {recording && client && data && (
        <RecordDialog
          key={targetId(recording)}
          client={client}
          target={recording}
          currency={data.institution.currency}
          replacing={correcting?.kind === recording.kind ? correcting : undefined}
          onRecorded={recorded}
          onClose={() => setRecording(null)}
        />
      )}
      {drafting && (
        <NewClientDialog
          clients={data?.clients ?? []}
          replacing={drafting.replacing}
          onRecorded={recorded}
          onClose={() => setDrafting(null)}
        />
      )}
      {receipt && <OperationReceiptDialog operation={receipt} onClose={() => setReceipt(null)} />}
    </>
  );
}
