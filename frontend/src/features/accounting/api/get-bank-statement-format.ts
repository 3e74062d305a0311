import { queryOptions, useQuery } from '@tanstack/react-query';

import { bankReconciliationQueryKey } from '@/features/accounting/api/get-bank-reconciliation';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type BankStatementFormat = components['schemas']['BankStatementFormatDto'];

export function getBankStatementFormat(glAccountId: string) {
  return unwrap(api.GET('/api/v1/bank-accounts/{glAccountId}/statement-format', { params: { path: { glAccountId } } }));
}

/** The bank's saved statement layout, or the usual one (`isSaved` false) before any is saved. */
export function useBankStatementFormat(glAccountId: string) {
  return useQuery({
    ...queryOptions({
      queryKey: [...bankReconciliationQueryKey(glAccountId), 'format'],
      queryFn: () => getBankStatementFormat(glAccountId),
    }),
    enabled: !!glAccountId,
  });
}
