import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { tontinesQueryKey } from '@/features/tontines/api/get-tontines';
import { updateTontineInputSchema } from '@/features/tontines/api/update-tontine';
import { api, unwrap } from '@/lib/api-client';

/** The code, fixed once the tontine exists, then the terms an edit may change. */
export const createTontineInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,16}$/, 'tontines.codeFormat'),
  ...updateTontineInputSchema.shape,
});

export type CreateTontineInput = z.infer<typeof createTontineInputSchema>;

export function createTontine(body: CreateTontineInput) {
  return unwrap(api.POST('/api/v1/tontines', { body }));
}

export function useCreateTontine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTontine,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tontinesQueryKey }),
  });
}
