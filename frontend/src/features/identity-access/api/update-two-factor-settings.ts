import { useMutation, useQueryClient } from '@tanstack/react-query';

import { twoFactorSettingsQueryKey } from '@/features/identity-access/api/get-two-factor-settings';
import { api, unwrap } from '@/lib/api-client';

export function updateTwoFactorSettings(requiredRoles: string[]) {
  return unwrap(api.PUT('/api/v1/two-factor/settings', { body: { requiredRoles } }));
}

export function useUpdateTwoFactorSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTwoFactorSettings,
    onSuccess: (saved) => queryClient.setQueryData(twoFactorSettingsQueryKey, saved),
  });
}
