import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { branchesQueryKey } from '@/features/branches/api/get-branches';
import { api, unwrap } from '@/lib/api-client';

export const createBranchInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{2,8}$/, 'branches.codeFormat'),
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  address: z
    .string()
    .trim()
    .max(300, 'validation.tooLong')
    .transform((value) => value || null),
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
