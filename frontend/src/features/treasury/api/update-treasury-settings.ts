import { useMutation, useQueryClient } from '@tanstack/react-query';

import { cashDrawersQueryKey } from '@/features/treasury/api/get-current-drawer';
import { api, unwrap } from '@/lib/api-client';

/** Turns on or off the rule that cash is recorded only from an open drawer (SfdAdmin). */
export function updateTreasurySettings({ cashNeedsOpenDrawer }: { cashNeedsOpenDrawer: boolean }) {
  return unwrap(api.PUT('/api/v1/treasury/settings', { body: { cashNeedsOpenDrawer } }));
}

export function useUpdateTreasurySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTreasurySettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cashDrawersQueryKey }),
  });
}
