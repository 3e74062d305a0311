import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';
import { orderedPeriod, periodFields } from '@/lib/validation';
import type { paths } from '@/types/api';

export type GetJournalEntriesQuery = NonNullable<paths['/api/v1/journal-entries']['get']['parameters']['query']>;
export type JournalSource = NonNullable<GetJournalEntriesQuery['source']>;

export const JOURNAL_SOURCES = [
  'Deposit',
  'Withdrawal',
  'Transfer',
  'OpeningFee',
  'Reversal',
  'Manual',
  'LoanDisbursement',
  'LoanRepayment',
  'LoanReallocation',
  'LoanPenalty',
  'LoanWriteOff',
  'TontineAdhesionFee',
  'TontineContribution',
  'TontineWithdrawal',
  'YearEndClose',
  'SavingsInterest',
] as const satisfies readonly JournalSource[];

/** The journal's filters as typed: a period and a source, each optional. */
export const journalFiltersSchema = orderedPeriod(
  z.object({
    ...periodFields,
    source: z.string().pipe(z.union([z.literal('').transform(() => undefined), z.enum(JOURNAL_SOURCES)])),
  }),
);

export type JournalFilters = z.output<typeof journalFiltersSchema>;

export function getJournalEntries(query: GetJournalEntriesQuery) {
  return unwrap(api.GET('/api/v1/journal-entries', { params: { query } }));
}

export function getJournalEntriesQueryOptions(query: GetJournalEntriesQuery) {
  return queryOptions({
    queryKey: ['journal-entries', query],
    queryFn: () => getJournalEntries(query),
    placeholderData: keepPreviousData,
  });
}

export function useJournalEntries(query: GetJournalEntriesQuery) {
  return useQuery(getJournalEntriesQueryOptions(query));
}
