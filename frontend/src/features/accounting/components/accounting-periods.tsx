import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryTable } from '@/components/ui/paged-table';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useCloseAccountingPeriod } from '@/features/accounting/api/close-accounting-period';
import { useAccountingPeriods, type AccountingPeriod } from '@/features/accounting/api/get-accounting-periods';
import { useManualEntries } from '@/features/accounting/api/get-manual-entries';
import { useReopenAccountingPeriod } from '@/features/accounting/api/reopen-accounting-period';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatDateTime, formatMonth } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type Dialog = { kind: 'close' | 'reopen'; period: AccountingPeriod };

const isDecember = (period: AccountingPeriod) => period.month.endsWith('-12');

/** The API's largest page: the inbox of an institution holds far fewer entries than that. */
const INBOX_PAGE_SIZE = 100;

function ClosePeriodDialog({ period, onClose }: { period: AccountingPeriod; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const close = useCloseAccountingPeriod();
  const month = formatMonth(period.month, locale);
  // An entry waiting for approval and valued in the month can no longer be approved once it is closed, only rejected.
  const inbox = useManualEntries({ status: 'PendingApproval', page: 1, pageSize: INBOX_PAGE_SIZE });
  const waiting = (inbox.data?.items ?? []).filter((entry) => entry.valueDate.startsWith(period.month)).length;
  return (
    <ConfirmDialog
      title={t('accountingPeriods.closeTitle', { month })}
      message={t('accountingPeriods.closeMessage', { month })}
      confirmLabel={t('accountingPeriods.close')}
      isPending={close.isPending}
      error={close.error}
      onCancel={onClose}
      onConfirm={() => close.mutate(period.month, { onSuccess: onClose })}
    >
      {isDecember(period) && (
        <p className="mt-2 mb-0">{t('accountingPeriods.yearEndMessage', { year: period.month.slice(0, 4) })}</p>
      )}
      {waiting > 0 && (
        <Alert variant="warning" className="mt-3 mb-0">
          {t('accountingPeriods.pendingEntries', { count: waiting })}
        </Alert>
      )}
    </ConfirmDialog>
  );
}

function ReopenPeriodDialog({ period, onClose }: { period: AccountingPeriod; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reopen = useReopenAccountingPeriod();
  const month = formatMonth(period.month, locale);
  return (
    <ReasonDialog
      title={t('accountingPeriods.reopenTitle', { month })}
      message={t(isDecember(period) ? 'accountingPeriods.reopenYearEndMessage' : 'accountingPeriods.reopenMessage', { month })}
      label={t('accountingPeriods.reopenReason')}
      submitLabel={t('accountingPeriods.reopen')}
      isPending={reopen.isPending}
      error={reopen.error}
      onSubmit={(data, onError) => reopen.mutate({ month: period.month, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}

/**
 * The months of the books, newest first: open or closed (by whom, when, with the year-end entry of a December), and
 * reopened (by whom, why). The oldest open month that is over may be closed; the latest closed one reopened, by the
 * SfdAdmin.
 */
export function AccountingPeriods() {
  const { t } = useTranslation();
  const locale = useLocale();
  const periods = useAccountingPeriods();
  const canClose = useIsAllowed(POLICIES.bookkeeping);
  const canReopen = useIsAllowed(POLICIES.accountingAdmin);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const hide = () => setDialog(null);

  return (
    <>
      <QueryTable
        query={periods}
        size="sm"
        className="align-middle"
        columnCount={5}
        headers={
          <>
            <th>{t('accountingPeriods.month')}</th>
            <th>{t('common.status')}</th>
            <th>{t('accountingPeriods.closing')}</th>
            <th>{t('accountingPeriods.reopening')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(period) => (
          <tr key={period.month}>
            <td className="text-nowrap text-capitalize">{formatMonth(period.month, locale)}</td>
            <td>
              {/* A wrapper: on a phone the cell is a grid, which would stretch the badge across it. */}
              <div>
                <Badge bg={period.status === 'Closed' ? 'secondary' : 'success'}>
                  {t(`accountingPeriodStatuses.${period.status}`)}
                </Badge>
              </div>
            </td>
            <td>
              {period.status === 'Closed' && period.closedAt && (
                <>
                  {t('manualEntries.byOn', { name: period.closedByName ?? '—', date: formatDateTime(period.closedAt, locale) })}
                  {period.yearEndEntryNumber != null && (
                    <span className="d-block small text-body-secondary">
                      {t('accountingPeriods.yearEndEntry', { number: period.yearEndEntryNumber })}
                    </span>
                  )}
                </>
              )}
            </td>
            <td>
              {period.reopenedAt && (
                <>
                  {t('manualEntries.byOn', {
                    name: period.reopenedByName ?? '—',
                    date: formatDateTime(period.reopenedAt, locale),
                  })}
                  {period.reopenReason && (
                    <span className="d-block small text-body-secondary">{period.reopenReason}</span>
                  )}
                </>
              )}
            </td>
            <td className="text-md-end">
              {period.canClose && canClose && (
                <div>
                  <Button size="sm" onClick={() => setDialog({ kind: 'close', period })}>
                    {t('accountingPeriods.close')}
                  </Button>
                </div>
              )}
              {period.canReopen && canReopen && (
                <div>
                  <Button size="sm" variant="outline-danger" onClick={() => setDialog({ kind: 'reopen', period })}>
                    {t('accountingPeriods.reopen')}
                  </Button>
                </div>
              )}
            </td>
          </tr>
        )}
        emptyMessage={t('accountingPeriods.empty')}
      />
      {dialog?.kind === 'close' && <ClosePeriodDialog period={dialog.period} onClose={hide} />}
      {dialog?.kind === 'reopen' && <ReopenPeriodDialog period={dialog.period} onClose={hide} />}
    </>
  );
}
