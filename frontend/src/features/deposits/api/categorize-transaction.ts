import { useMutation, useQueryClient } from '@tanstack/react-query';

import { categoriesQueryKey } from '@/features/deposits/api/get-categories';
import type { MovementType } from '@/features/deposits/api/get-transactions';
import { invalidateMoneyQueries } from '@/features/deposits/api/invalidate-money-queries';
import { api, unwrap } from '@/lib/api-client';

/** What tagging reads of an account's movement: a statement line, a receipt, an explorer row of an account. */
export type TaggableMovement = {
  id: string;
  type: MovementType;
  valueDate: string;
  accountNumber?: string | null;
  categoryId?: string | null;
  createdBy?: string | null;
};

/** Tags a movement (both sides of a transfer) with a category, another one, or none (`null`). */
export function categorizeTransaction({ id, categoryId }: { id: string; categoryId: string | null }) {
  return unwrap(api.PUT('/api/v1/transactions/{id}/category', { params: { path: { id } }, body: { categoryId } }));
}

export function useCategorizeTransaction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: categorizeTransaction,
    onSuccess: () => {
      void invalidateMoneyQueries(queryClient);
      void queryClient.invalidateQueries({ queryKey: categoriesQueryKey });
    },
  });
}
