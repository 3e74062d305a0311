import { useState } from 'react';
import { useSearchParams } from 'react-router';

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

/** A page number from the address: a whole number from 1, the first page otherwise. */
function pageFrom(value: string | null) {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/**
 * The same, kept in the address's query string, so that a reload, the back button or a shared link shows the same
 * list. Each filter named in `names` is a string, blank when absent; blank filters and the first page stay out of the
 * address, and any other parameter in it is ignored.
 */
export function useSearchParamsFilters<Name extends string>(names: readonly Name[]) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<Name, string>;
  return {
    filters,
    page: pageFrom(params.get('page')),
    setPage: (page: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
        return next;
      }),
    filterBy: (change: Partial<Record<Name, string>>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries<string | undefined>(change)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        next.delete('page');
        return next;
      }),
  };
}
