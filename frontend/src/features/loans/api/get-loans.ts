import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetLoansQuery = NonNullable<paths['/api/v1/loans']['get']['parameters']['query']>;

/** Every query about loans (lists, a loan, its schedule, its repayments) starts with this key. */
export const loansQueryKey = ['loans'] as const;

export function getLoans(query: GetLoansQuery) {
  return unwrap(api.GET('/api/v1/loans', { params: { query } }));
}

/** A loan or an application, with its terms and (once disbursed) what is repaid, outstanding and late. */
export type Loan = Awaited<ReturnType<typeof getLoans>>['items'][number];
export type LoanStatus = Loan['status'];

export const LOAN_STATUSES = [
  'Draft',
  'Submitted',
  'UnderReview',
  'Recommended',
  'Approved',
  'Rejected',
  'Cancelled',
  'Active',
  'Repaid',
  'WrittenOff',
] as const satisfies readonly LoanStatus[];

/** Where the amount was granted (approved, then paid out); before that, or once refused, it was only asked for. */
const GRANTED_STATUSES: readonly LoanStatus[] = ['Approved', 'Active', 'Repaid', 'WrittenOff'];

export const isGranted = (status: LoanStatus) => GRANTED_STATUSES.includes(status);

export function getLoansQueryOptions(query: GetLoansQuery) {
  return queryOptions({
    queryKey: [...loansQueryKey, 'list', query],
    queryFn: () => getLoans(query),
    placeholderData: keepPreviousData,
  });
}

export function useLoans(query: GetLoansQuery) {
  return useQuery(getLoansQueryOptions(query));
}
