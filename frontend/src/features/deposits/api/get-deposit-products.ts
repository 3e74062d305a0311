import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetDepositProductsQuery = NonNullable<paths['/api/v1/deposit-products']['get']['parameters']['query']>;

export const depositProductsQueryKey = ['deposit-products'] as const;

export function getDepositProducts(query: GetDepositProductsQuery) {
  return unwrap(api.GET('/api/v1/deposit-products', { params: { query } }));
}

export type DepositProduct = Awaited<ReturnType<typeof getDepositProducts>>[number];

export function getDepositProductsQueryOptions(query: GetDepositProductsQuery) {
  return queryOptions({ queryKey: [...depositProductsQueryKey, query], queryFn: () => getDepositProducts(query) });
}

export function useDepositProducts(query: GetDepositProductsQuery) {
  return useQuery(getDepositProductsQueryOptions(query));
}
