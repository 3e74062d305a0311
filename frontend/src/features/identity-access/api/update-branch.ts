import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { branchesQueryKey } from '@/features/identity-access/api/get-branches';
import { api, unwrap } from '@/lib/api-client';

export const updateBranchInputSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  address: z
    .string()
    .trim()
    .max(300, 'validation.tooLong')
    .transform((value) => value || null),
});

export type UpdateBranchInput = z.infer<typeof updateBranchInputSchema>;

export function updateBranch({ id, data }: { id: string; data: UpdateBranchInput }) {
  return unwrap(api.PUT('/api/v1/branches/{id}', { params: { path: { id } }, body: data }));
}

export function useUpdateBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBranch,
    // Users are listed with their branch's name.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: branchesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]),
  });
}
