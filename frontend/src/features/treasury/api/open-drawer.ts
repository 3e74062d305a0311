import { useMutation, useQueryClient } from '@tanstack/react-query';

import { cashDrawersQueryKey, type DenominationCount } from '@/features/treasury/api/get-current-drawer';
import { api, unwrap } from '@/lib/api-client';

/** Opens the signed-in user's drawer with its float (409 when one is already open). */
export function openDrawer({ counts }: { counts: DenominationCount[] }) {
  return unwrap(api.POST('/api/v1/cash-drawers', { body: { counts } }));
}

export function useOpenDrawer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openDrawer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cashDrawersQueryKey }),
  });
}
