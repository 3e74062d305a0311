import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** Balanced entries, balances equal to postings, a trial balance that nets to zero: each check with its detail. */
export function verifyLedger() {
  return unwrap(api.GET('/api/v1/accounting/verify'));
}

/** A mutation rather than a query: the check runs when asked, and its result is never served from cache. */
export function useVerifyLedger() {
  return useMutation({ mutationFn: verifyLedger });
}
