import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiClientsQueryKey } from '@/features/identity-access/api/get-api-clients';
import { api, unwrap } from '@/lib/api-client';
import { requiredTextSchema, wholeNumberSchema } from '@/lib/validation';

export const registerApiClientInputSchema = z.object({
  name: requiredTextSchema(100),
  scopes: z.array(z.string()).min(1, 'apiClients.scopesRequired'),
  // Empty: the API's configured default.
  rateLimitPerMinute: z.union([z.literal('').transform(() => null), wholeNumberSchema(1, 6000)]),
});

export type RegisterApiClientInput = z.input<typeof registerApiClientInputSchema>;

export function registerApiClient(body: z.output<typeof registerApiClientInputSchema>) {
  return unwrap(api.POST('/api/v1/api-clients', { body }));
}

export type ApiClientSecret = Awaited<ReturnType<typeof registerApiClient>>;

export function useRegisterApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerApiClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}
