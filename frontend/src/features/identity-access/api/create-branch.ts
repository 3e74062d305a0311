import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { branchesQueryKey } from '@/features/identity-access/api/get-branches';
import { updateBranchInputSchema } from '@/features/identity-access/api/update-branch';
import { api, unwrap } from '@/lib/api-client';

/** The code, fixed once the branch exists, then the fields an edit may change. */
export const createBranchInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{2,8}$/, 'branches.codeFormat'),
  ...updateBranchInputSchema.shape,
});

export type CreateBranchInput = z.infer<typeof createBranchInputSchema>;

export function createBranch(body: CreateBranchInput) {
  return unwrap(api.POST('/api/v1/branches', { body }));
}

export function useCreateBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBranch,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: branchesQueryKey }),
  });
}
