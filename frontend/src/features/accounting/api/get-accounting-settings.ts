import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export const accountingSettingsQueryKey = ['accounting-settings'] as const;

/** The amount above which a manual entry waits for a second person's approval, in the institution's currency. */
export function getAccountingSettings() {
  return unwrap(api.GET('/api/v1/accounting/settings'));
}

export function getAccountingSettingsQueryOptions() {
  return queryOptions({ queryKey: accountingSettingsQueryKey, queryFn: getAccountingSettings });
}

export function useAccountingSettings() {
  return useQuery(getAccountingSettingsQueryOptions());
}
