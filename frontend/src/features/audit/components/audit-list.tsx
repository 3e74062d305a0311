import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { paths } from '@/config/paths';
import { useAuditCatalogue } from '@/features/audit/api/get-audit-catalogue';
import {
  AUDIT_FILTERS,
  auditFilters,
  useAuditRecords,
  type AuditRecord,
} from '@/features/audit/api/get-audit-records';
import { AuditFiltersForm } from '@/features/audit/components/audit-filters-form';
import { RecordChanges } from '@/features/audit/components/record-changes';
import type { KnownNames } from '@/features/audit/components/use-audit-words';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useSearchParamsFilters } from '@/lib/use-list-filters';

export const AUDIT_PAGE_SIZE = 20;

/** The pages that show an entity of a type, where the SPA has one. */
const ENTITY_PAGES: Partial<Record<string, (id: string) => string>> = {
  Client: paths.client.getHref,
  DepositAccount: paths.account.getHref,
  Loan: paths.loan.getHref,
  PaymentIntent: paths.payment.getHref,
};

/** The entity of a record in words: its kind, and its name as a link to its page where there is one. */
function EntityCell({ record }: { record: AuditRecord }) {
  if (!record.entityType) return <span className="text-body-secondary">—</span>;
  const page = record.entityId ? ENTITY_PAGES[record.entityType] : undefined;
  const name = record.entityName;
  return (
    <>
      <div>{record.entityTypeLabel ?? record.entityType}</div>
      {name && (
        <div className="fw-semibold">
          {page ? <Link to={page(record.entityId!)}>{name}</Link> : name}
        </div>
      )}
    </>
  );
}

/**
 * The audit trail as an auditor reads it: who did what to which object and what changed, in words, newest first. The
 * filters and the page are in the address (`/audit?action=UpdateBranch&from=2026-11-01&page=2`); sign-ins and
 * session renewals are left out unless asked for. A record's "history" follows its object through the trail.
 * `names` names the ids the records hold that the page knows (the GL accounts of a journal entry's lines).
 */
export function AuditList({ names }: { names?: KnownNames }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { filters, page, setPage, filterBy } = useSearchParamsFilters(AUDIT_FILTERS);
  const catalogue = useAuditCatalogue();
  const records = useAuditRecords({ ...auditFilters(filters), page, pageSize: AUDIT_PAGE_SIZE });
  // A new address (filters applied, the back button) or the catalogue arriving starts the form again from the address.
  const formKey = JSON.stringify([filters, !!catalogue.data]);

  const columns: StackedColumn<AuditRecord>[] = [
    {
      header: t('audit.occurredAt'),
      cell: (record) => <span className="text-nowrap">{formatDateTime(record.occurredAt, locale)}</span>,
    },
    {
      header: t('audit.actor'),
      cell: (record) =>
        record.actorUsername ? (
          <>
            <div>{record.actorName ?? record.actorUsername}</div>
            {record.actorName && <div className="small text-body-secondary">{record.actorUsername}</div>}
          </>
        ) : (
          <span className="text-body-secondary">{t('audit.nobody')}</span>
        ),
    },
    { header: t('audit.action'), cell: (record) => record.actionLabel },
    { header: t('audit.entity'), cell: (record) => <EntityCell record={record} /> },
    {
      header: t('audit.changes'),
      cell: (record) => (
        <RecordChanges before={record.before} after={record.after} entityType={record.entityType} names={names} />
      ),
    },
    { header: t('audit.ipAddress'), cell: (record) => record.ipAddress ?? '—' },
  ];

  return (
    <>
      <AuditFiltersForm
        key={formKey}
        applied={filters}
        catalogue={catalogue.data}
        onApply={(chosen) => filterBy({ ...chosen, entityId: chosen.entityType === filters.entityType ? filters.entityId : '' })}
      />
      {filters.entityId && (
        <Alert variant="info" className="d-flex flex-wrap align-items-center gap-2 py-2">
          <span>{t('audit.followingEntity', { name: records.data?.items[0]?.entityName ?? filters.entityId })}</span>
          <Button size="sm" variant="outline-primary" onClick={() => filterBy({ entityId: '' })}>
            {t('audit.allEntities')}
          </Button>
        </Alert>
      )}
      <QueryView query={records}>
        {(data) => (
          <>
            <StackedTable
              items={data.items}
              columns={columns}
              rowKey={(record) => record.id}
              emptyMessage={t('audit.empty')}
              actions={(record) =>
                record.entityType &&
                record.entityId &&
                record.entityId !== filters.entityId && (
                  <Button
                    size="sm"
                    variant="link"
                    className="p-0"
                    onClick={() => filterBy({ entityType: record.entityType!, entityId: record.entityId! })}
                  >
                    {t('audit.history')}
                  </Button>
                )
              }
            />
            <PaginationBar page={page} pageSize={AUDIT_PAGE_SIZE} totalCount={data.totalCount} onPageChange={setPage} />
          </>
        )}
      </QueryView>
    </>
  );
}
