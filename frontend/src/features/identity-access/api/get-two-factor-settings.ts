import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export const twoFactorSettingsQueryKey = ['two-factor-settings'] as const;

export function getTwoFactorSettings() {
  return unwrap(api.GET('/api/v1/two-factor/settings'));
}

export type TwoFactorSettings = Awaited<ReturnType<typeof getTwoFactorSettings>>;

export function useTwoFactorSettings() {
  return useQuery({ queryKey: twoFactorSettingsQueryKey, queryFn: getTwoFactorSettings });
}
