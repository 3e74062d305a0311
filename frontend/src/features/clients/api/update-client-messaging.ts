import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';

/** The language of the client's SMS, and whether they refuse SMS reminders (the API records when). */
export const clientMessagingInputSchema = z.object({
  language: z.enum(['fr', 'en']),
  smsOptOut: z.boolean(),
});

export type ClientMessagingInput = z.output<typeof clientMessagingInputSchema>;

export function updateClientMessaging({ id, data }: { id: string; data: ClientMessagingInput }) {
  return unwrap(api.PUT('/api/v1/clients/{id}/messaging', { params: { path: { id } }, body: data }));
}

export function useUpdateClientMessaging() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateClientMessaging,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsQueryKey }),
  });
}
