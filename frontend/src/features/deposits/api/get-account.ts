import { queryOptions, useQuery } from '@tanstack/react-query';

import { accountsQueryKey } from '@/features/deposits/api/get-accounts';
import { api, unwrap } from '@/lib/api-client';

export function getAccount(id: string) {
  return unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } } }));
}

export function getAccountQueryOptions(id: string) {
  return queryOptions({ queryKey: [...accountsQueryKey, 'detail', id], queryFn: () => getAccount(id) });
}

export function useAccount(id: string) {
  return useQuery(getAccountQueryOptions(id));
}
