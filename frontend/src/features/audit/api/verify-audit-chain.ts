import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function verifyAuditChain() {
  return unwrap(api.GET('/api/v1/audit/verify'));
}

/** A mutation rather than a query: the check runs when asked, and its result is never served from cache. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
