import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api';

export type BankReconciliation = components['schemas']['BankReconciliationDto'];
export type BankStatementLine = components['schemas']['BankStatementLineDto'];
export type BankBookLine = components['schemas']['BankBookLineDto'];
export type BankReconciliationQuery = NonNullable<
  paths['/api/v1/bank-accounts/{glAccountId}/reconciliation']['get']['parameters']['query']
>;

/** Every query of one bank account's reconciliation (the workbench, the format): what its mutations refresh. */
export const bankReconciliationQueryKey = (glAccountId: string) => ['bank-reconciliation', glAccountId] as const;

export function getBankReconciliation(glAccountId: string, query: BankReconciliationQuery) {
  return unwrap(api.GET('/api/v1/bank-accounts/{glAccountId}/reconciliation', { params: { path: { glAccountId }, query } }));
}

export function getBankReconciliationQueryOptions(glAccountId: string, query: BankReconciliationQuery) {
  return queryOptions({
    queryKey: [...bankReconciliationQueryKey(glAccountId), 'workbench', query],
    queryFn: () => getBankReconciliation(glAccountId, query),
    placeholderData: keepPreviousData,
  });
}

/** A bank account's reconciliation at a date: balances, unmatched lines of each side, suggestions, recorded matches. */
export function useBankReconciliation(glAccountId: string, query: BankReconciliationQuery) {
  return useQuery({ ...getBankReconciliationQueryOptions(glAccountId, query), enabled: !!glAccountId });
}
