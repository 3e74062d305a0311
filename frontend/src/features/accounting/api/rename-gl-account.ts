import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { glAccountsQueryKey } from '@/features/accounting/api/get-gl-accounts';
import { api, unwrap } from '@/lib/api-client';
import { requiredTextSchema } from '@/lib/validation';

export const renameGlAccountInputSchema = z.object({ name: requiredTextSchema(160) });

export type RenameGlAccountInput = z.infer<typeof renameGlAccountInputSchema>;

export function renameGlAccount({ id, data }: { id: string; data: RenameGlAccountInput }) {
  return unwrap(api.PUT('/api/v1/gl-accounts/{id}', { params: { path: { id } }, body: data }));
}

export function useRenameGlAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameGlAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: glAccountsQueryKey }),
  });
}
