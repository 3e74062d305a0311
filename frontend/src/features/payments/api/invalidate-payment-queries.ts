import type { QueryClient } from '@tanstack/react-query';

import { paymentsQueryKey } from '@/features/payments/api/get-payments';
import { currentUserQueryKey } from '@/lib/auth';

/** The payment lists (a payment was started, or its status changed). */
export function invalidatePaymentLists(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: [...paymentsQueryKey, 'list'] });
}

/**
 * A payment was posted (by its provider's confirmation, or by a supervisor): a deposit, an account's activation with
 * its fee, or a loan repayment. Like every posting (the money queries of deposits, the loans), balances, statements,
 * movements, loans, the ledger and the payment lists may all have changed: every cached answer is, but the session
 * and the payments' own details (each is kept up to date by its own query).
 */
export function invalidatePostedPaymentQueries(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey: [area, kind] }) =>
      area !== currentUserQueryKey[0] && !(area === paymentsQueryKey[0] && kind === 'detail'),
  });
}
