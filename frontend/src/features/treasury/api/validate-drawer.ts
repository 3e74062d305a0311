import { useMutation, useQueryClient } from '@tanstack/react-query';

import { cashDrawersQueryKey } from '@/features/treasury/api/get-current-drawer';
import { api, unwrap } from '@/lib/api-client';

/** A supervisor of the branch (or the SfdAdmin) checks a closed drawer's count; never its holder (422 maker_checker). */
export function validateDrawer({ id }: { id: string }) {
  return unwrap(api.POST('/api/v1/cash-drawers/{id}/validate', { params: { path: { id } } }));
}

export function useValidateDrawer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: validateDrawer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cashDrawersQueryKey }),
  });
}
