import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export const cashDrawersQueryKey = ['cash-drawers'] as const;

/** The signed-in user's open drawer (null when closed) with the cash expected so far, and how cash is counted. */
export function getCurrentDrawer() {
  return unwrap(api.GET('/api/v1/cash-drawers/current'));
}

export type CurrentDrawer = Awaited<ReturnType<typeof getCurrentDrawer>>;
export type CashDrawer = NonNullable<CurrentDrawer['session']>;
export type Denomination = CurrentDrawer['settings']['denominations'][number];
export type DenominationCount = CashDrawer['openingCounts'][number];

export function getCurrentDrawerQueryOptions() {
  return queryOptions({ queryKey: [...cashDrawersQueryKey, 'current'], queryFn: getCurrentDrawer });
}

export function useCurrentDrawer() {
  return useQuery(getCurrentDrawerQueryOptions());
}
