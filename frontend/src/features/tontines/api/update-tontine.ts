import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { tontinesQueryKey } from '@/features/tontines/api/get-tontines';
import { api, unwrap } from '@/lib/api-client';
import { DEFAULT_CURRENCY } from '@/lib/format';
import { moneySchema, positiveMoneySchema, requiredTextSchema, wholeNumberSchema } from '@/lib/validation';

/** The terms of a tontine: the bounds of the daily amount, the adhesion fee and the cycle (fixed once it opened). */
export const updateTontineInputSchema = z.object({
  name: requiredTextSchema(120),
  minDailyAmount: positiveMoneySchema(DEFAULT_CURRENCY),
  maxDailyAmount: positiveMoneySchema(DEFAULT_CURRENCY),
  adhesionFee: moneySchema(DEFAULT_CURRENCY),
  cycleLengthDays: wholeNumberSchema(2, 366),
});

/** Refuses a minimum daily amount above the maximum, on the maximum (the API checks it again). */
export function orderedDailyBounds<T extends z.ZodType<{ minDailyAmount: number; maxDailyAmount: number }>>(schema: T) {
  return schema.refine((terms) => terms.minDailyAmount <= terms.maxDailyAmount, {
    message: 'validation.minAboveMax',
    path: ['maxDailyAmount'],
  });
}

export type UpdateTontineInput = z.infer<typeof updateTontineInputSchema>;

export function updateTontine({ id, data }: { id: string; data: UpdateTontineInput }) {
  return unwrap(api.PUT('/api/v1/tontines/{id}', { params: { path: { id } }, body: data }));
}

export function useUpdateTontine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTontine,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tontinesQueryKey }),
  });
}
