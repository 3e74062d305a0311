import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { adhesionsQueryKey } from '@/features/tontines/api/get-adhesions';
import { api, unwrap } from '@/lib/api-client';
import { positiveMoneySchema } from '@/lib/validation';

/**
 * The tontine and the daily amount the client commits to. The bounds are the tontine's: the API says them when the
 * amount is outside (422 daily_amount_out_of_bounds, whose message names the minimum and the maximum).
 */
export const createAdhesionInputSchema = (currency: string) =>
  z.object({
    tontineId: z.string().min(1, 'tontines.adhesions.chooseTontine'),
    dailyAmount: positiveMoneySchema(currency),
  });

export type CreateAdhesionFormValues = z.input<ReturnType<typeof createAdhesionInputSchema>>;
export type CreateAdhesionInput = z.output<ReturnType<typeof createAdhesionInputSchema>>;

export function createAdhesion({ clientId, data }: { clientId: string; data: CreateAdhesionInput }) {
  return unwrap(
    api.POST('/api/v1/tontines/{id}/adhesions', {
      params: { path: { id: data.tontineId } },
      body: { clientId, dailyAmount: data.dailyAmount },
    }),
  );
}

export function useCreateAdhesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAdhesion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adhesionsQueryKey }),
  });
}
