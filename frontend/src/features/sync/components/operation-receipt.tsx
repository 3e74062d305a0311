import { useCallback, useId } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList, type Detail } from '@/components/ui/details-list';
import { DialogHeader } from '@/components/ui/dialog-header';
import { PrintButton } from '@/components/ui/print-button';
import { paths } from '@/config/paths';
import { QueueStateBadge } from '@/features/sync/components/queue-state-badge';
import { offlineDb, type QueuedOperation } from '@/features/sync/offline-db';
import { useLiveQuery } from '@/features/sync/use-live-query';
import type { components } from '@/types/api';
import { useCurrentUser } from '@/lib/auth';
import { formatDate, formatDateTime, formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type Schemas = components['schemas'];

/** The final receipt's entry number and page, from the server's answer for the operation. */
function finalReceipt(operation: QueuedOperation): { entryNumber: number | null; href: string | null } {
  const receipt = operation.receipt;
  if (!receipt) return { entryNumber: null, href: null };
  switch (operation.kind) {
    case 'Deposit': {
      const transaction = receipt as Schemas['TransactionDto'];
      return { entryNumber: transaction.journalEntryNumber, href: paths.receipt.getHref(transaction.id) };
    }
    case 'LoanRepayment': {
      const repayment = receipt as Schemas['LoanRepaymentDto'];
      return { entryNumber: null, href: paths.repaymentReceipt.getHref(repayment.loanId, repayment.id) };
    }
    case 'TontineContribution': {
      const { contribution, participant } = receipt as Schemas['ContributionReceiptDto'];
      return { entryNumber: contribution.journalEntryNumber, href: paths.tontineParticipant.getHref(participant.id) };
    }
    case 'NewClient':
      return { entryNumber: null, href: paths.client.getHref((receipt as Schemas['ClientDto']).id) };
  }
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** Whom, on what, how much: what the client is handed a receipt for. */
function moneyDetails(operation: QueuedOperation, t: Translate, locale: ReturnType<typeof useLocale>): Detail[] {
  const { summary } = operation;
  return [
    { label: t('common.client'), value: `${summary.clientName} (${summary.clientNumber})` },
    { label: t(`sync.receipt.target.${operation.kind}`), value: summary.targetLabel },
    ...(operation.days != null ? [{ label: t('sync.record.days'), value: formatInteger(operation.days, locale) }] : []),
    {
      label: t('operations.amount'),
      value: <strong className="fs-5">{formatMoney(summary.total, summary.currency, locale)}</strong>,
    },
    { label: t('operations.channel'), value: t('channels.Cash') },
    { label: t('operations.reference'), value: operation.reference },
  ];
}

/** A new client's record: the number comes with the sync. */
function newClientDetails(operation: QueuedOperation, t: Translate): Detail[] {
  const registered = operation.state === 'Synced' ? (operation.receipt as Schemas['ClientDto'] | null) : null;
  return [
    { label: t('common.client'), value: operation.summary.clientName },
    { label: t('clients.number'), value: registered?.number ?? t('sync.newClient.numberPending') },
    { label: t('clients.phone'), value: operation.summary.targetLabel },
  ];
}

/** The phone's calendar day of an instant, as an ISO date (the institution's day where the phone keeps its time). */
function dayOf(instant: string) {
  const date = new Date(instant);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/**
 * The receipt of an operation recorded on the phone, as shown to the client: provisional (« En attente de
 * synchronisation ») until the server has it, then with its entry number and a link to the final receipt.
 */
export function OperationReceipt({ operation }: { operation: QueuedOperation }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const { summary } = operation;
  const final = finalReceipt(operation);
  const waiting = operation.state === 'Pending' || operation.state === 'Syncing';
  return (
    <Card>
      <Card.Body>
        <div className="text-center mb-3">
          <p className="fw-bold fs-5 mb-0">{user.institutionName}</p>
          <h2 className="h4 mb-2">{t(waiting ? 'sync.receipt.provisionalTitle' : `sync.receipt.titles.${operation.kind}`)}</h2>
          <QueueStateBadge state={operation.state} />
        </div>
        <DetailsList
          details={[
            { label: t('sync.receipt.provisionalNumber'), value: operation.provisionalNumber },
            { label: t('sync.receipt.recordedAt'), value: formatDateTime(operation.recordedAt, locale) },
            { label: t('operations.operation'), value: t(`sync.kinds.${operation.kind}`) },
            ...(operation.kind === 'NewClient' ? newClientDetails(operation, t) : moneyDetails(operation, t, locale)),
            { label: t('sync.receipt.recordedBy'), value: summary.recordedBy },
            ...(operation.state === 'Synced' && operation.kind !== 'NewClient'
              ? [
                  { label: t('receipts.journalEntry'), value: final.entryNumber && `N° ${final.entryNumber}` },
                  { label: t('receipts.valueDate'), value: operation.valueDate && formatDate(operation.valueDate, locale) },
                ]
              : []),
          ]}
        />
        {waiting && <p className="fw-semibold text-warning-emphasis mt-3 mb-0">{t('sync.receipt.provisionalNote')}</p>}
        {operation.valueDate && operation.valueDate > dayOf(operation.recordedAt) && (
          <p className="small mt-3 mb-0">{t('sync.receipt.valueDateLater')}</p>
        )}
        {operation.state === 'Refused' && (
          <Alert variant="danger" className="mt-3 mb-0">
            {operation.problem?.detail ?? operation.problem?.title ?? t('errors.unexpected')}
          </Alert>
        )}
        {operation.state === 'Synced' && final.href && (
          <Link to={final.href} className="d-print-none d-inline-block mt-3">
            {t(operation.kind === 'NewClient' ? 'sync.receipt.openClient' : 'sync.receipt.openFinal')}
          </Link>
        )}
      </Card.Body>
    </Card>
  );
}

/** The receipt in a dialog, kept current as the operation syncs, with Print (which prints only the receipt). */
export function OperationReceiptDialog({ operation: recorded, onClose }: { operation: QueuedOperation; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useCallback(() => offlineDb.queue.where('key').equals(recorded.key).first(), [recorded.key]);
  const operation = useLiveQuery(query).value ?? recorded;
  return (
    <Modal aria-labelledby={titleId} show onHide={onClose} centered className="printable-receipt">
      <DialogHeader id={titleId} title={t('sync.receipt.dialogTitle', { number: operation.provisionalNumber })} />
      <Modal.Body>
        <OperationReceipt operation={operation} />
      </Modal.Body>
      <Modal.Footer className="d-print-none">
        <PrintButton />
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Modal.Footer>
    </Modal>
  );
}
