import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { usersQueryKey } from '@/features/identity-access/api/get-users';
import { api, unwrap } from '@/lib/api-client';
import { displayNameSchema, optionalEmailSchema, optionalPhoneSchema } from '@/lib/validation';

export const updateUserInputSchema = z.object({
  displayName: displayNameSchema,
  email: optionalEmailSchema,
  phoneNumber: optionalPhoneSchema,
});

export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export function updateUser({ id, data }: { id: string; data: UpdateUserInput }) {
  return unwrap(api.PUT('/api/v1/users/{id}', { params: { path: { id } }, body: data }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
