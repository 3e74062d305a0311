import { useMutation, useQueryClient } from '@tanstack/react-query';

import { categoriesQueryKey } from '@/features/deposits/api/get-categories';
import { api, unwrap } from '@/lib/api-client';

/** Deletes a category no operation uses; a used one is refused (409 `category_in_use`). */
export function deleteCategory(id: string) {
  return unwrap(api.DELETE('/api/v1/categories/{id}', { params: { path: { id } } }));
}

export function useDeleteCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesQueryKey }),
  });
}
