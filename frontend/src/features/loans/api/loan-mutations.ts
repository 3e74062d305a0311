import { useMutation, useQueryClient } from '@tanstack/react-query';

import { loansQueryKey } from '@/features/loans/api/get-loans';
import { currentUserQueryKey } from '@/lib/auth';

/*
 * The refetches are not awaited: a step taken from an inbox removes the loan's row — and the dialog with it — as
 * soon as the inbox is fresh, which would drop what the dialog does next (open the loan, close itself).
 */

/** A step of an application's workflow: loans and applications (lists, inboxes, the loan) may have changed. */
export function useLoanMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: loansQueryKey }),
  });
}

/**
 * An operation that posts to the ledger (disbursement, repayment, reversal, write-off, end of day): loans, accounts,
 * statements, the journal and the portfolio figures may all have changed, so every cached answer but the session is.
 */
export function usePostingMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] }),
  });
}
