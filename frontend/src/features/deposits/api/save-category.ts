import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { categoriesQueryKey } from '@/features/deposits/api/get-categories';
import { transactionsQueryKey } from '@/features/deposits/api/get-transactions';
import { api, unwrap } from '@/lib/api-client';
import { requiredTextSchema } from '@/lib/validation';

/** A category's name: unique in the institution whatever its case (the API answers 409 otherwise). */
export const categoryInputSchema = z.object({ name: requiredTextSchema(60) });

export type CategoryInput = z.infer<typeof categoryInputSchema>;

/** Creates a category (no `id`) or renames one: the movements tagged with it keep it and show the new name. */
export function saveCategory({ id, data }: { id?: string; data: CategoryInput }) {
  return id
    ? unwrap(api.PUT('/api/v1/categories/{id}', { params: { path: { id } }, body: data }))
    : unwrap(api.POST('/api/v1/categories', { body: data }));
}

export function useSaveCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCategory,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: categoriesQueryKey });
      // A rename shows on every movement tagged with it.
      void queryClient.invalidateQueries({ queryKey: transactionsQueryKey });
    },
  });
}
