import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { GL_ACCOUNT_TYPES, glAccountsQueryKey } from '@/features/accounting/api/get-gl-accounts';
import { renameGlAccountInputSchema } from '@/features/accounting/api/rename-gl-account';
import { api, unwrap } from '@/lib/api-client';

/** The code (its first digit is the class) and the type, fixed once the account exists; then its name. */
export const createGlAccountInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[1-7][0-9]{1,11}$/, 'glAccounts.codeFormat'),
  type: z.enum(GL_ACCOUNT_TYPES),
  ...renameGlAccountInputSchema.shape,
});

export type CreateGlAccountInput = z.infer<typeof createGlAccountInputSchema>;

export function createGlAccount(body: CreateGlAccountInput) {
  return unwrap(api.POST('/api/v1/gl-accounts', { body }));
}

export function useCreateGlAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGlAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: glAccountsQueryKey }),
  });
}
