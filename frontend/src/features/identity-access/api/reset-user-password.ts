import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';
import { passwordSchema } from '@/lib/validation';

export const resetUserPasswordInputSchema = z
  .object({ newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((input) => input.newPassword === input.confirmPassword, {
    message: 'validation.passwordMismatch',
    path: ['confirmPassword'],
  });

export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordInputSchema>;

/** Nothing listed changes, so there is nothing to invalidate. */
export function resetUserPassword({ id, data }: { id: string; data: ResetUserPasswordInput }) {
  return unwrap(
    api.POST('/api/v1/users/{id}/reset-password', {
      params: { path: { id } },
      body: { newPassword: data.newPassword },
    }),
  );
}

export function useResetUserPassword() {
  return useMutation({ mutationFn: resetUserPassword });
}
