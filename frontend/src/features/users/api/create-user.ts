import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { usersQueryKey } from '@/features/users/api/get-users';
import {
  displayNameSchema,
  optionalBranchIdSchema,
  optionalEmailSchema,
  optionalPhoneSchema,
  passwordSchema,
  roleSchema,
} from '@/features/users/api/user-schemas';
import { api, unwrap } from '@/lib/api-client';

export const createUserInputSchema = z.object({
  username: z
    .string()
    .trim()
    .min(3, 'validation.usernameFormat')
    .max(50, 'validation.tooLong')
    .regex(/^[A-Za-z0-9._-]+$/, 'validation.usernameFormat'),
  displayName: displayNameSchema,
  email: optionalEmailSchema,
  phoneNumber: optionalPhoneSchema,
  role: roleSchema,
  branchId: optionalBranchIdSchema,
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
