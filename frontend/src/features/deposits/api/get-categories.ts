import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export const categoriesQueryKey = ['categories'] as const;

export function getCategories() {
  return unwrap(api.GET('/api/v1/categories'));
}

/** A category of movements (« Épargne scolaire »), with how many movements carry it. */
export type Category = Awaited<ReturnType<typeof getCategories>>[number];

export function getCategoriesQueryOptions() {
  return queryOptions({ queryKey: categoriesQueryKey, queryFn: getCategories });
}

/** The institution's categories by name; every role that reads accounts may list them. */
export function useCategories() {
  return useQuery(getCategoriesQueryOptions());
}
