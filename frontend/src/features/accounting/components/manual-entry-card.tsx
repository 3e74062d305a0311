import type { ReactNode } from 'react';
import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';

import type { ManualEntry } from '@/features/accounting/api/get-manual-entries';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const STATUS_VARIANTS: Record<ManualEntry['status'], string> = {
  PendingApproval: 'warning',
  Posted: 'success',
  Rejected: 'danger',
  Reversed: 'secondary',
};

type ManualEntryCardProps = {
  entry: ManualEntry;
  currency: string;
  /** What the user may do with it (approve, reject, reverse), or why not. */
  actions?: ReactNode;
};

/**
 * A manual entry as its reviewer reads it: value date, description, supporting document, amount and status; its lines
 * (account, debit, credit); who wrote it, who decided and who reversed it, with the journal numbers it posted.
 */
export function ManualEntryCard({ entry, currency, actions }: ManualEntryCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const side = (amount: number) => (amount === 0 ? '' : money(amount));
  const who = (name: string | null | undefined, at: string) =>
    t('manualEntries.byOn', { name: name ?? '—', date: formatDateTime(at, locale) });

  return (
    <Card as="article" className="mb-3" aria-label={`${entry.reference} — ${entry.description}`}>
      <Card.Header className="d-flex flex-wrap align-items-center gap-2">
        <Badge bg={STATUS_VARIANTS[entry.status]} text={entry.status === 'PendingApproval' ? 'dark' : undefined}>
          {t(`manualEntryStatuses.${entry.status}`)}
        </Badge>
        <span className="text-nowrap">{formatDate(entry.valueDate, locale)}</span>
        {entry.journalEntryNumber != null && (
          <span className="text-nowrap">{t('manualEntries.journalNumber', { number: entry.journalEntryNumber })}</span>
        )}
        <strong className="ms-auto text-nowrap">{money(entry.amount)}</strong>
      </Card.Header>
      <Card.Body className="p-2 p-sm-3">
        <Card.Title as="h3" className="h6 mb-1 text-break">
          {entry.description}
        </Card.Title>
        <p className="small text-body-secondary mb-2 text-break">
          {t('manualEntries.pieceLine', { reference: entry.reference })}
          {entry.attachmentName && <> · {t('manualEntries.attachmentLine', { name: entry.attachmentName })}</>}
        </p>
        <Table size="sm" className="mb-2 small">
          <thead>
            <tr>
              <th>{t('manualEntries.account')}</th>
              <th className="text-end">{t('statement.debit')}</th>
              <th className="text-end">{t('statement.credit')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.lines.map((line, index) => (
              <tr key={index}>
                <td className="text-break">
                  <span className="fw-semibold">{line.glAccountCode}</span> {line.glAccountName}
                  {line.label && <span className="d-block text-body-secondary">{line.label}</span>}
                </td>
                <td className="text-end text-nowrap">{side(line.debit)}</td>
                <td className="text-end text-nowrap">{side(line.credit)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
        <ul className="list-unstyled small mb-0">
          <li>
            {t('manualEntries.writtenBy')} {who(entry.createdByName, entry.createdAt)}
          </li>
          {entry.decidedAt && (
            <li>
              {t(entry.status === 'Rejected' ? 'manualEntries.rejectedBy' : 'manualEntries.approvedBy')}{' '}
              {who(entry.decidedByName, entry.decidedAt)}
              {entry.rejectionReason && <> — {entry.rejectionReason}</>}
            </li>
          )}
          {entry.reversedAt && (
            <li>
              {t('manualEntries.reversedBy')} {who(entry.reversedByName, entry.reversedAt)}
              {entry.reversalEntryNumber != null &&
                ` (${t('manualEntries.journalNumber', { number: entry.reversalEntryNumber })})`}
              {entry.reversalReason && <> — {entry.reversalReason}</>}
            </li>
          )}
        </ul>
        {actions}
      </Card.Body>
    </Card>
  );
}
