import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { FilterSelect } from '@/components/ui/filter-select';
import { PagedTable } from '@/components/ui/paged-table';
import { SearchForm } from '@/components/ui/search-form';
import { paths } from '@/config/paths';
import { CLIENT_SORTS, CLIENT_STATUSES, useClients, type ClientStatus } from '@/features/clients/api/get-clients';
import { ClientFormDialog, type ClientFormOptions } from '@/features/clients/components/client-form-dialog';
import { ClientStatusBadge } from '@/features/clients/components/client-status-badge';
import { Authorization, POLICIES } from '@/lib/authorization';
import { useListFilters } from '@/lib/use-list-filters';

const PAGE_SIZE = 20;
const [DEFAULT_SORT, ...OTHER_SORTS] = CLIENT_SORTS;

type Filters = { search: string; status: ClientStatus | ''; branchId: string; sort: string };

export function ClientsList({ options }: { options: ClientFormOptions }) {
  const { t } = useTranslation();
  const { filters, page, setPage, filterBy } = useListFilters<Filters>({
    search: '',
    status: '',
    branchId: '',
    sort: '',
  });
  // `?nouveau=1` (the dashboard's "Nouveau client") opens the form straight away.
  const [searchParams] = useSearchParams();
  const [creating, setCreating] = useState(() => searchParams.get('nouveau') === '1');
  const clients = useClients({
    search: filters.search || undefined,
    status: filters.status || undefined,
    branchId: filters.branchId || undefined,
    sort: filters.sort || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <SearchForm
          label={t('clients.search')}
          defaultValue={filters.search}
          onSearch={(search) => filterBy({ search })}
        >
          <FilterSelect
            label={t('clients.statusFilter')}
            value={filters.status}
            onChange={(status) => filterBy({ status: status as Filters['status'] })}
            allLabel={t('clients.allStatuses')}
            options={CLIENT_STATUSES.map((status) => ({ value: status, label: t(`clientStatuses.${status}`) }))}
          />
          {options.branches && (
            <FilterSelect
              label={t('clients.branchFilter')}
              value={filters.branchId}
              onChange={(branchId) => filterBy({ branchId })}
              allLabel={t('clients.allBranches')}
              options={options.branches.map((branch) => ({ value: branch.id, label: branch.name }))}
            />
          )}
          <FilterSelect
            label={t('clients.sort')}
            value={filters.sort}
            onChange={(sort) => filterBy({ sort })}
            allLabel={t(`clients.sorts.${DEFAULT_SORT}`)}
            options={OTHER_SORTS.map((sort) => ({ value: sort, label: t(`clients.sorts.${sort}`) }))}
          />
        </SearchForm>
        <Authorization allowed={POLICIES.frontOffice}>
          <Button onClick={() => setCreating(true)}>{t('clients.new')}</Button>
        </Authorization>
      </div>

      <PagedTable
        query={clients}
        hover
        className="align-middle"
        columnCount={6}
        headers={
          <>
            <th>{t('clients.number')}</th>
            <th>{t('clients.name')}</th>
            <th>{t('clients.phone')}</th>
            <th>{t('clients.city')}</th>
            <th>{t('clients.branch')}</th>
            <th>{t('common.status')}</th>
          </>
        }
        renderRow={(client) => (
          <tr key={client.id}>
            <td className="text-nowrap">{client.number}</td>
            <td>
              <Link to={paths.client.getHref(client.id)}>
                {client.lastName} {client.firstName}
              </Link>
            </td>
            <td className="text-nowrap">{client.phone}</td>
            <td>{client.city ?? '—'}</td>
            <td>{client.branchName}</td>
            <td>
              <ClientStatusBadge status={client.status} />
            </td>
          </tr>
        )}
        emptyMessage={t('clients.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      {creating && (
        <Authorization allowed={POLICIES.frontOffice}>
          <ClientFormDialog {...options} onClose={() => setCreating(false)} />
        </Authorization>
      )}
    </>
  );
}
