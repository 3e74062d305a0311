import { useMutation, useQueryClient } from '@tanstack/react-query';

import { anomalySettingsQueryKey } from '@/features/anomalies/api/get-anomaly-settings';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type AnomalyRuleChoice = components['schemas']['AnomalyRuleChoice'];

/** The institution's detection choices, whole: each rule on or off with its parameters (SfdAdmin). */
export function updateAnomalySettings(rules: AnomalyRuleChoice[]) {
  return unwrap(api.PUT('/api/v1/anomalies/settings', { body: { rules } }));
}

export function useUpdateAnomalySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAnomalySettings,
    onSuccess: (settings) => queryClient.setQueryData(anomalySettingsQueryKey, settings),
  });
}
