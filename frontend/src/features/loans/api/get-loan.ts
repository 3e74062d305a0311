import { queryOptions, useQuery } from '@tanstack/react-query';

import { loansQueryKey } from '@/features/loans/api/get-loans';
import { api, unwrap } from '@/lib/api-client';

export function getLoan(id: string) {
  return unwrap(api.GET('/api/v1/loans/{id}', { params: { path: { id } } }));
}

export function getLoanQueryOptions(id: string) {
  return queryOptions({ queryKey: [...loansQueryKey, 'detail', id], queryFn: () => getLoan(id) });
}

export function useLoan(id: string) {
  return useQuery(getLoanQueryOptions(id));
}
