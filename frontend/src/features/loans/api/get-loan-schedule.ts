import { queryOptions, useQuery } from '@tanstack/react-query';

import { loansQueryKey } from '@/features/loans/api/get-loans';
import { api, unwrap } from '@/lib/api-client';

/** A disbursed loan's installments, each with what is due, what is paid and its state (paid, due, late…). */
export function getLoanSchedule(id: string) {
  return unwrap(api.GET('/api/v1/loans/{id}/schedule', { params: { path: { id } } }));
}

export type Installment = Awaited<ReturnType<typeof getLoanSchedule>>[number];
export type InstallmentState = Installment['state'];

export function getLoanScheduleQueryOptions(id: string) {
  return queryOptions({ queryKey: [...loansQueryKey, 'schedule', id], queryFn: () => getLoanSchedule(id) });
}

export function useLoanSchedule(id: string) {
  return useQuery(getLoanScheduleQueryOptions(id));
}
