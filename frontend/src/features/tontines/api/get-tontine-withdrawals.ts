import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { tontinesApi } from '@/features/tontines/api/tontines-api';
import type { TontineWithdrawalStatus } from '@/features/tontines/types';
import { unwrap } from '@/lib/api-client';

export type GetTontineWithdrawalsQuery = {
  status?: TontineWithdrawalStatus;
  participantId?: string;
  page?: number;
  pageSize?: number;
};

export const tontineWithdrawalsQueryKey = ['tontine-withdrawals'] as const;

/** The oldest first when only the pending ones are asked for. */
export function getTontineWithdrawals(query: GetTontineWithdrawalsQuery) {
  return unwrap(tontinesApi.GET('/api/v1/tontine-withdrawals', { params: { query } }));
}

/** A participant's withdrawal of savings, waiting for (or decided by) someone other than who asked for it. */
export type TontineWithdrawal = Awaited<ReturnType<typeof getTontineWithdrawals>>['items'][number];

export function getTontineWithdrawalsQueryOptions(query: GetTontineWithdrawalsQuery) {
  return queryOptions({
    queryKey: [...tontineWithdrawalsQueryKey, query],
    queryFn: () => getTontineWithdrawals(query),
    placeholderData: keepPreviousData,
  });
}

export function useTontineWithdrawals(query: GetTontineWithdrawalsQuery) {
  return useQuery(getTontineWithdrawalsQueryOptions(query));
}
