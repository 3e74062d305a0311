import { queryOptions, useQuery } from '@tanstack/react-query';

import { anomaliesQueryKey } from '@/features/anomalies/api/get-anomalies';
import { api, unwrap } from '@/lib/api-client';

export const anomalySettingsQueryKey = [...anomaliesQueryKey, 'settings'] as const;

/** Every rule, on or off, with its parameters in force and their defaults. */
export function getAnomalySettings() {
  return unwrap(api.GET('/api/v1/anomalies/settings'));
}

export type AnomalySettings = Awaited<ReturnType<typeof getAnomalySettings>>;

export function useAnomalySettings() {
  return useQuery(queryOptions({ queryKey: anomalySettingsQueryKey, queryFn: getAnomalySettings }));
}
