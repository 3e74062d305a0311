import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export const accountingPeriodsQueryKey = ['accounting-periods'] as const;

/** Every month of the books, newest first: open or closed, and which one may close or reopen next. */
export function getAccountingPeriods() {
  return unwrap(api.GET('/api/v1/accounting/periods'));
}

export type AccountingPeriod = Awaited<ReturnType<typeof getAccountingPeriods>>[number];

export function getAccountingPeriodsQueryOptions() {
  return queryOptions({ queryKey: accountingPeriodsQueryKey, queryFn: getAccountingPeriods });
}

export function useAccountingPeriods() {
  return useQuery(getAccountingPeriodsQueryOptions());
}
