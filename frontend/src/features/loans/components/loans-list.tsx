import { useTranslation } from 'react-i18next';

import { FilterSelect } from '@/components/ui/filter-select';
import { SearchForm } from '@/components/ui/search-form';
import { Section } from '@/components/ui/section';
import { LOAN_STATUSES, useLoans, type LoanStatus } from '@/features/loans/api/get-loans';
import { LoansTable } from '@/features/loans/components/loans-table';
import { useListFilters } from '@/lib/use-list-filters';

const PAGE_SIZE = 20;

type Filters = { search: string; status: LoanStatus | ''; arrears: '' | 'true' | 'false' };

/** Every loan and application of the institution, newest first: by number or client, status, and arrears. */
export function LoansList() {
  const { t } = useTranslation();
  const { filters, page, setPage, filterBy } = useListFilters<Filters>({ search: '', status: '', arrears: '' });
  const loans = useLoans({
    search: filters.search || undefined,
    status: filters.status || undefined,
    inArrears: filters.arrears ? filters.arrears === 'true' : undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Section title={t('loans.all')}>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <SearchForm label={t('loans.search')} defaultValue={filters.search} onSearch={(search) => filterBy({ search })}>
          <FilterSelect
            label={t('loans.statusFilter')}
            value={filters.status}
            onChange={(status) => filterBy({ status: status as LoanStatus | '' })}
            allLabel={t('loans.allStatuses')}
            options={LOAN_STATUSES.map((status) => ({ value: status, label: t(`loanStatuses.${status}`) }))}
          />
          <FilterSelect
            label={t('loans.arrearsFilter')}
            value={filters.arrears}
            onChange={(arrears) => filterBy({ arrears: arrears as Filters['arrears'] })}
            allLabel={t('loans.anyArrears')}
            options={[
              { value: 'true', label: t('loans.inArrears') },
              { value: 'false', label: t('loans.upToDate') },
            ]}
          />
        </SearchForm>
      </div>
      <LoansTable
        query={loans}
        showClient
        emptyMessage={t('loans.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </Section>
  );
}
