import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Nav from 'react-bootstrap/Nav';
import { useTranslation } from 'react-i18next';

import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';
import { useManualEntries, type ManualEntry } from '@/features/accounting/api/get-manual-entries';
import {
  ApproveManualEntryDialog,
  RejectManualEntryDialog,
  ReverseManualEntryDialog,
} from '@/features/accounting/components/manual-entry-dialogs';
import { ManualEntryCard } from '@/features/accounting/components/manual-entry-card';
import { useCurrentUser, useInstitutionCurrency } from '@/lib/auth';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type Tab = 'pending' | 'all';
type Decision = { kind: 'approve' | 'reject' | 'reverse'; entry: ManualEntry };

/** Approve and reject for someone other than the author; reverse a posted entry; nothing for the auditor. */
function EntryActions({ entry, onDecide }: { entry: ManualEntry; onDecide: (decision: Decision) => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canWrite = useIsAllowed(POLICIES.bookkeeping);
  if (!canWrite) return null;
  if (entry.status === 'PendingApproval') {
    if (entry.createdBy === user.id) {
      return <p className="small text-body-secondary mt-2 mb-0">{t('manualEntries.ownEntry')}</p>;
    }
    return (
      <div className="d-flex flex-wrap gap-2 mt-2 d-print-none">
        <Button size="sm" onClick={() => onDecide({ kind: 'approve', entry })}>
          {t('manualEntries.approve')}
        </Button>
        <Button size="sm" variant="outline-danger" onClick={() => onDecide({ kind: 'reject', entry })}>
          {t('manualEntries.reject')}
        </Button>
      </div>
    );
  }
  if (entry.status === 'Posted') {
    return (
      <div className="mt-2 d-print-none">
        <Button size="sm" variant="outline-danger" onClick={() => onDecide({ kind: 'reverse', entry })}>
          {t('manualEntries.reverse')}
        </Button>
      </div>
    );
  }
  return null;
}

/**
 * The manual entries: those waiting for approval (oldest first, with their count) or all of them (newest first), each
 * with its lines and what the user may do with it.
 */
export function ManualEntries() {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const [tab, setTab] = useState<Tab>('pending');
  const [page, setPage] = useState(1);
  const [decision, setDecision] = useState<Decision | null>(null);
  const entries = useManualEntries({
    status: tab === 'pending' ? 'PendingApproval' : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  // The inbox's count, whichever tab shows: on the inbox's first page, the same request as the list.
  const pending = useManualEntries({ status: 'PendingApproval', page: 1, pageSize: PAGE_SIZE });
  const amount = (entry: ManualEntry) => formatMoney(entry.amount, currency, locale);
  const close = () => setDecision(null);
  const show = (next: Tab) => {
    setTab(next);
    setPage(1);
  };

  return (
    <>
      <Nav variant="tabs" className="mb-3" activeKey={tab} onSelect={(key) => key && show(key as Tab)}>
        <Nav.Item>
          <Nav.Link eventKey="pending" as="button" type="button">
            {t('manualEntries.tabs.pending')}{' '}
            {pending.data && (
              <Badge bg={pending.data.totalCount > 0 ? 'warning' : 'secondary'} text="dark" pill>
                {pending.data.totalCount}
              </Badge>
            )}
          </Nav.Link>
        </Nav.Item>
        <Nav.Item>
          <Nav.Link eventKey="all" as="button" type="button">
            {t('manualEntries.tabs.all')}
          </Nav.Link>
        </Nav.Item>
      </Nav>

      <QueryView query={entries}>
        {({ items, totalCount }) => (
          <>
            {items.length === 0 && (
              <p className="text-center text-body-secondary py-2">
                {t(tab === 'pending' ? 'manualEntries.emptyPending' : 'manualEntries.empty')}
              </p>
            )}
            {items.map((entry) => (
              <ManualEntryCard
                key={entry.id}
                entry={entry}
                currency={currency}
                actions={<EntryActions entry={entry} onDecide={setDecision} />}
              />
            ))}
            <PaginationBar page={page} pageSize={PAGE_SIZE} totalCount={totalCount} onPageChange={setPage} />
          </>
        )}
      </QueryView>

      {decision?.kind === 'approve' && (
        <ApproveManualEntryDialog entry={decision.entry} amount={amount(decision.entry)} onClose={close} />
      )}
      {decision?.kind === 'reject' && (
        <RejectManualEntryDialog entry={decision.entry} amount={amount(decision.entry)} onClose={close} />
      )}
      {decision?.kind === 'reverse' && (
        <ReverseManualEntryDialog entry={decision.entry} amount={amount(decision.entry)} onClose={close} />
      )}
    </>
  );
}
