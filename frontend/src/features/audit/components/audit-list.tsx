import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { TextField } from '@/components/ui/form-fields';
import { PagedTable } from '@/components/ui/paged-table';
import {
  auditFiltersSchema,
  useAuditRecords,
  type AuditFilters,
  type AuditFiltersInput,
  type AuditRecord,
} from '@/features/audit/api/get-audit-records';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 50;
const NO_FILTERS: AuditFiltersInput = { action: '', entityType: '', from: '', to: '' };

function prettyJson(value: string) {
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

function RecordChanges({ record }: { record: AuditRecord }) {
  const { t } = useTranslation();
  if (!record.before && !record.after) return null;
  return (
    <details>
      <summary>{t('audit.changes')}</summary>
      {record.before && (
        <>
          <div className="small fw-semibold mt-2">{t('audit.before')}</div>
          <pre className="small bg-body-tertiary p-2 mb-0">{prettyJson(record.before)}</pre>
        </>
      )}
      {record.after && (
        <>
          <div className="small fw-semibold mt-2">{t('audit.after')}</div>
          <pre className="small bg-body-tertiary p-2 mb-0">{prettyJson(record.after)}</pre>
        </>
      )}
    </details>
  );
}

export function AuditList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filters, setFilters] = useState<Partial<AuditFilters>>({});
  const [page, setPage] = useState(1);
  const records = useAuditRecords({ ...filters, page, pageSize: PAGE_SIZE });
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(auditFiltersSchema),
    defaultValues: NO_FILTERS,
  });

  const applyFilters = (next: Partial<AuditFilters>) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <>
      <FiltersForm
        label={t('audit.filters')}
        onSubmit={handleSubmit(applyFilters)}
        onClear={() => {
          reset(NO_FILTERS);
          applyFilters({});
        }}
      >
        <Col xs={12} sm={6} lg>
          <TextField
            className=""
            label={t('audit.action')}
            registration={register('action')}
            error={formState.errors.action}
          />
        </Col>
        <Col xs={12} sm={6} lg>
          <TextField
            className=""
            label={t('audit.entityType')}
            registration={register('entityType')}
            error={formState.errors.entityType}
          />
        </Col>
        <PeriodFields
          from={{ registration: register('from'), error: formState.errors.from }}
          to={{ registration: register('to'), error: formState.errors.to }}
        />
      </FiltersForm>

      <PagedTable
        query={records}
        size="sm"
        className="align-top"
        columnCount={7}
        headers={
          <>
            <th>#</th>
            <th>{t('audit.occurredAt')}</th>
            <th>{t('audit.actor')}</th>
            <th>{t('audit.action')}</th>
            <th>{t('audit.entity')}</th>
            <th>{t('audit.ipAddress')}</th>
            <th>{t('audit.changes')}</th>
          </>
        }
        renderRow={(record) => (
          <tr key={record.id}>
            <td>{record.sequence}</td>
            <td className="text-nowrap">{formatDateTime(record.occurredAt, locale)}</td>
            <td>{record.actorUsername ?? '—'}</td>
            <td>{record.action}</td>
            <td>
              {record.entityType ?? '—'}
              {record.entityId && <div className="small text-body-secondary text-break">{record.entityId}</div>}
            </td>
            <td>{record.ipAddress ?? '—'}</td>
            <td>
              <RecordChanges record={record} />
            </td>
          </tr>
        )}
        emptyMessage={t('audit.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
