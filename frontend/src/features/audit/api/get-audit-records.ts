import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import type { paths } from '@/types/api';

export type GetAuditRecordsQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

/**
 * The trail's filters, by their name in the address, in form order: the action and the entity type (codes from the
 * catalogue), one entity (its id, set from a record's "history" link), the actor's username, the period (calendar
 * days) and whether sign-ins, sessions and API client calls are shown ("true").
 */
export const AUDIT_FILTERS = ['action', 'entityType', 'entityId', 'actor', 'from', 'to', 'signIns'] as const;

export type AuditFilterName = (typeof AUDIT_FILTERS)[number];

/** Every filter as a string, blank when not chosen (as the address and the form hold them). */
export type AuditFilterValues = Record<AuditFilterName, string>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, sent as the first or the last instant of that day in local time. */
function instantOf(day: string, boundary: 'start' | 'end') {
  return new Date(`${day}T${boundary === 'start' ? '00:00:00.000' : '23:59:59.999'}`).toISOString();
}

/**
 * The request's filters from the address's values: blank ones left out, and so is a mistyped day in a shared link
 * (the API would refuse it); a period is sent as instants, the sign-ins as `includeSignIns`.
 */
export function auditFilters(values: Partial<AuditFilterValues>): GetAuditRecordsQuery {
  const text = (value: string | undefined) => value?.trim() || undefined;
  const from = text(values.from);
  const to = text(values.to);
  return {
    action: text(values.action),
    entityType: text(values.entityType),
    entityId: text(values.entityId),
    actor: text(values.actor),
    from: from && DAY.test(from) ? instantOf(from, 'start') : undefined,
    to: to && DAY.test(to) ? instantOf(to, 'end') : undefined,
    includeSignIns: values.signIns === 'true' || undefined,
  };
}

/** The form's values: a period that ends before it starts is refused before anything is sent. */
export const auditFiltersSchema = z
  .object({
    action: z.string(),
    entityType: z.string(),
    actor: z.string().trim(),
    from: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'validation.date'),
    to: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'validation.date'),
    signIns: z.boolean(),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: 'audit.invalidPeriod',
    path: ['to'],
  });

export type AuditFiltersInput = z.input<typeof auditFiltersSchema>;

export function getAuditRecords(query: GetAuditRecordsQuery) {
  return unwrap(api.GET('/api/v1/audit', { params: { query } }));
}

export type AuditRecord = Awaited<ReturnType<typeof getAuditRecords>>['items'][number];

export function getAuditRecordsQueryOptions(query: GetAuditRecordsQuery) {
  return queryOptions({
    // The records come with words in the language asked for.
    queryKey: ['audit', currentLanguage(), query],
    queryFn: () => getAuditRecords(query),
    placeholderData: keepPreviousData,
  });
}

export function useAuditRecords(query: GetAuditRecordsQuery) {
  return useQuery(getAuditRecordsQueryOptions(query));
}
