import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { accountsQueryKey } from '@/features/deposits/api/get-accounts';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api';

export type GetStatementQuery = NonNullable<paths['/api/v1/accounts/{id}/statement']['get']['parameters']['query']>;

export type Statement = components['schemas']['StatementDto'];

/**
 * Opening balance, one page of movements (oldest first) each with its running balance, closing balance. Without
 * `format` the API answers JSON (the same route answers the PDF of the period: see download-statement-pdf.ts).
 */
export async function getStatement(id: string, query: GetStatementQuery): Promise<Statement> {
  return (await unwrap(api.GET('/api/v1/accounts/{id}/statement', { params: { path: { id }, query } }))) as Statement;
}

export function getStatementQueryOptions(id: string, query: GetStatementQuery) {
  return queryOptions({
    queryKey: [...accountsQueryKey, 'statement', id, query],
    queryFn: () => getStatement(id, query),
    placeholderData: keepPreviousData,
  });
}

export function useStatement(id: string, query: GetStatementQuery) {
  return useQuery(getStatementQueryOptions(id, query));
}
