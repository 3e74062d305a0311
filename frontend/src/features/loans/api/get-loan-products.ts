import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetLoanProductsQuery = NonNullable<paths['/api/v1/loan-products']['get']['parameters']['query']>;

export const loanProductsQueryKey = ['loan-products'] as const;

export function getLoanProducts(query: GetLoanProductsQuery) {
  return unwrap(api.GET('/api/v1/loan-products', { params: { query } }));
}

export type LoanProduct = Awaited<ReturnType<typeof getLoanProducts>>[number];

export const FREQUENCIES = [
  'Monthly',
  'BiWeekly',
  'Weekly',
  'Daily',
] as const satisfies readonly LoanProduct['frequency'][];
export const INTEREST_METHODS = [
  'DecliningBalance',
  'Flat',
] as const satisfies readonly LoanProduct['interestMethod'][];
export const AMORTIZATIONS = [
  'EqualInstallments',
  'EqualPrincipal',
] as const satisfies readonly LoanProduct['amortization'][];
export const PENALTY_KINDS = [
  'None',
  'DailyRateOnOverdue',
  'FixedFeePerLateInstallment',
] as const satisfies readonly LoanProduct['penaltyKind'][];

export function getLoanProductsQueryOptions(query: GetLoanProductsQuery) {
  return queryOptions({ queryKey: [...loanProductsQueryKey, query], queryFn: () => getLoanProducts(query) });
}

export function useLoanProducts(query: GetLoanProductsQuery = {}) {
  return useQuery(getLoanProductsQueryOptions(query));
}
