import { useMutation, useQueryClient } from '@tanstack/react-query';

import { outboxQueryKey } from '@/features/notifications/outbox/api/get-outbox';
import { api, unwrap } from '@/lib/api-client';

/** Sends a failed (dead-lettered) message again: it is pending at once, its attempts reset. */
export function retryOutboxMessage(id: string) {
  return unwrap(api.POST('/api/v1/outbox/{id}/retry', { params: { path: { id } } }));
}

export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryOutboxMessage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxQueryKey }),
  });
}
