import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';
import { orderedPeriod, periodFields } from '@/lib/validation';
import type { components, paths } from '@/types/api';

export type GeneralLedger = components['schemas']['GeneralLedgerDto'];
export type GeneralLedgerQuery = NonNullable<paths['/api/v1/gl-accounts/{id}/ledger']['get']['parameters']['query']>;

/** The ledger's filters as typed: a period, each end optional (the API defaults to this month). */
export const generalLedgerFiltersSchema = orderedPeriod(z.object({ ...periodFields }));

/** Without `format` the API answers the JSON ledger (the same route answers files: see reporting's export-general-ledger.ts). */
export async function getGeneralLedger(id: string, query: GeneralLedgerQuery) {
  return (await unwrap(api.GET('/api/v1/gl-accounts/{id}/ledger', { params: { path: { id }, query } }))) as GeneralLedger;
}

export function getGeneralLedgerQueryOptions(id: string, query: GeneralLedgerQuery) {
  return queryOptions({
    queryKey: ['general-ledger', id, query],
    queryFn: () => getGeneralLedger(id, query),
    placeholderData: keepPreviousData,
  });
}

/** A GL account's ledger over a period: its balances, and a page of its lines with the running balance. */
export function useGeneralLedger(id: string, query: GeneralLedgerQuery) {
  return useQuery(getGeneralLedgerQueryOptions(id, query));
}

/** The same request's page of lines, as the paged tables take it (one request serves both). */
export function useGeneralLedgerLines(id: string, query: GeneralLedgerQuery) {
  return useQuery({ ...getGeneralLedgerQueryOptions(id, query), select: (ledger) => ledger.lines });
}
