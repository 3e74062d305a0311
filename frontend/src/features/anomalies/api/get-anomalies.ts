import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api';

export type GetAnomaliesQuery = NonNullable<paths['/api/v1/anomalies']['get']['parameters']['query']>;

export type Anomaly = components['schemas']['AnomalyDto'];
export type AnomalySeverity = components['schemas']['AnomalySeverity'];
export type AnomalyStatus = components['schemas']['AnomalyStatus'];

export const ANOMALY_SEVERITIES = ['High', 'Medium', 'Low'] as const satisfies readonly AnomalySeverity[];
export const ANOMALY_STATUSES = ['Open', 'Acknowledged', 'Explained', 'Dismissed'] as const satisfies readonly AnomalyStatus[];

/** Every rule's stable code, in the order detection runs and lists them (Domain/Anomalies/AnomalyRule.cs). */
export const ANOMALY_RULES = [
  'late_repayment',
  'unusual_amount',
  'structuring',
  'off_hours',
  'near_duplicate',
  'early_large_withdrawal',
  'drawer_difference',
  'missing_guarantee',
  'reversal_rate',
  'unresolved_payment',
] as const;

/**
 * The list's filters, by their name in the address, in form order: the rule, the severity, the status, the branch,
 * the agent (ids), the period (the situation's business days). The notification of serious findings links to
 * `/anomalies?severity=High&status=Open`.
 */
export const ANOMALY_FILTERS = ['rule', 'severity', 'status', 'branchId', 'agentId', 'from', 'to'] as const;

export type AnomalyFilterName = (typeof ANOMALY_FILTERS)[number];

/** Every filter as a string, blank when not chosen (as the address and the form hold them). */
export type AnomalyFilterValues = Record<AnomalyFilterName, string>;

/** The filters the API takes (no page): shared by the list, its statistics and its export. */
export type AnomalyFilters = Omit<GetAnomaliesQuery, 'page' | 'pageSize' | 'clientId'>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The request's filters from the address's values: blank ones left out, and so is anything a hand-edited link got
 * wrong (an unknown rule, a mistyped day), which the API would refuse.
 */
export function anomalyFilters(values: Partial<AnomalyFilterValues>): AnomalyFilters {
  const pick = (pattern: RegExp, value = '') => (pattern.test(value) ? value : undefined);
  return {
    rule: oneOf(ANOMALY_RULES, values.rule ?? ''),
    severity: oneOf(ANOMALY_SEVERITIES, values.severity ?? ''),
    status: oneOf(ANOMALY_STATUSES, values.status ?? ''),
    branchId: pick(ID, values.branchId),
    agentId: pick(ID, values.agentId),
    from: pick(DAY, values.from),
    to: pick(DAY, values.to),
  };
}

export const anomaliesQueryKey = ['anomalies'] as const;

/** The institution's findings, the most severe and most recent first, with the list's filters. */
export function getAnomalies(query: GetAnomaliesQuery) {
  return unwrap(api.GET('/api/v1/anomalies', { params: { query } }));
}

export function getAnomaliesQueryOptions(query: GetAnomaliesQuery) {
  return queryOptions({
    queryKey: [...anomaliesQueryKey, 'list', query],
    queryFn: () => getAnomalies(query),
    placeholderData: keepPreviousData,
  });
}

export function useAnomalies(query: GetAnomaliesQuery) {
  return useQuery(getAnomaliesQueryOptions(query));
}
