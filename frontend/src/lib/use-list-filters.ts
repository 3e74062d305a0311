import { useState } from 'react';

/** The filters of a paged list and its page: changing a filter goes back to the first page. */
export function useListFilters<Filters extends object>(initial: Filters) {
  const [filters, setFilters] = useState(initial);
  const [page, setPage] = useState(1);
  return {
    filters,
    page,
    setPage,
    filterBy: (change: Partial<Filters>) => {
      setFilters((current) => ({ ...current, ...change }));
      setPage(1);
    },
  };
}
