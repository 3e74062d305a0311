import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { usersQueryKey } from '@/features/identity-access/api/get-users';
import { api, unwrap } from '@/lib/api-client';
import { institutionRoleSchema, optionalIdSchema } from '@/lib/validation';

export const updateUserAssignmentInputSchema = z.object({
  role: institutionRoleSchema,
  branchId: optionalIdSchema,
});

export type UpdateUserAssignmentInput = z.infer<typeof updateUserAssignmentInputSchema>;

export function updateUserAssignment({ id, data }: { id: string; data: UpdateUserAssignmentInput }) {
  return unwrap(api.PUT('/api/v1/users/{id}/assignment', { params: { path: { id } }, body: data }));
}

export function useUpdateUserAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserAssignment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
