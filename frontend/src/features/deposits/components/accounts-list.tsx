import { useTranslation } from 'react-i18next';

import { FilterSelect } from '@/components/ui/filter-select';
import { SearchForm } from '@/components/ui/search-form';
import { ACCOUNT_STATUSES, useAccounts, type AccountStatus } from '@/features/deposits/api/get-accounts';
import { AccountsTable } from '@/features/deposits/components/accounts-table';
import { useListFilters } from '@/lib/use-list-filters';

const PAGE_SIZE = 20;

export function AccountsList() {
  const { t } = useTranslation();
  const { filters, page, setPage, filterBy } = useListFilters<{ search: string; status: AccountStatus | '' }>({
    search: '',
    status: '',
  });
  const accounts = useAccounts({
    search: filters.search || undefined,
    status: filters.status || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <SearchForm
          label={t('accounts.search')}
          defaultValue={filters.search}
          onSearch={(search) => filterBy({ search })}
        >
          <FilterSelect
            label={t('accounts.statusFilter')}
            value={filters.status}
            onChange={(status) => filterBy({ status: status as AccountStatus | '' })}
            allLabel={t('accounts.allStatuses')}
            options={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`accountStatuses.${status}`) }))}
          />
        </SearchForm>
      </div>
      <AccountsTable
        query={accounts}
        showClient
        emptyMessage={t('accounts.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
