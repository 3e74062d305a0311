import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { usersQueryKey } from '@/features/identity-access/api/get-users';
import { api, unwrap } from '@/lib/api-client';
import {
  displayNameSchema,
  institutionRoleSchema,
  optionalEmailSchema,
  optionalIdSchema,
  optionalPhoneSchema,
  passwordSchema,
  usernameSchema,
} from '@/lib/validation';

export const createUserInputSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  email: optionalEmailSchema,
  phoneNumber: optionalPhoneSchema,
  role: institutionRoleSchema,
  branchId: optionalIdSchema,
  password: passwordSchema,
});

export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export function createUser(body: CreateUserInput) {
  return unwrap(api.POST('/api/v1/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
