import { queryOptions, useQuery } from '@tanstack/react-query';

import { loansQueryKey } from '@/features/loans/api/get-loans';
import { api, unwrap } from '@/lib/api-client';

/** The client's active accounts, one of which a loan may be paid into. */
export function getDisbursementAccounts(clientId: string) {
  return unwrap(api.GET('/api/v1/accounts', { params: { query: { clientId, status: 'Active', pageSize: 100 } } }));
}

export function getDisbursementAccountsQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: [...loansQueryKey, 'disbursement-accounts', clientId],
    queryFn: () => getDisbursementAccounts(clientId),
  });
}

export function useDisbursementAccounts(clientId: string) {
  return useQuery(getDisbursementAccountsQueryOptions(clientId));
}
