import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined);

/** A calendar day from a date input, sent as the first or the last instant of that day in local time. */
const day = (boundary: 'start' | 'end') =>
  z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'validation.date')
    .transform((value) =>
      value ? new Date(`${value}T${boundary === 'start' ? '00:00:00.000' : '23:59:59.999'}`).toISOString() : undefined,
    );

export const auditFiltersSchema = z
  .object({
    action: optionalText,
    entityType: optionalText,
    from: day('start'),
    to: day('end'),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: 'audit.invalidPeriod',
    path: ['to'],
  });

export type AuditFiltersInput = z.input<typeof auditFiltersSchema>;
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export type GetAuditRecordsQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

export function getAuditRecords(query: GetAuditRecordsQuery) {
  return unwrap(api.GET('/api/v1/audit', { params: { query } }));
}

export type AuditRecord = Awaited<ReturnType<typeof getAuditRecords>>['items'][number];

export function getAuditRecordsQueryOptions(query: GetAuditRecordsQuery) {
  return queryOptions({
    queryKey: ['audit', query],
    queryFn: () => getAuditRecords(query),
    placeholderData: keepPreviousData,
  });
}

export function useAuditRecords(query: GetAuditRecordsQuery) {
  return useQuery(getAuditRecordsQueryOptions(query));
}
