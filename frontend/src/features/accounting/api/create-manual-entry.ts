import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { invalidateLedgerQueries } from '@/features/accounting/api/invalidate-ledger-queries';
import { api, unwrap } from '@/lib/api-client';
import {
  optionalMoneySchema,
  optionalTextSchema,
  requiredDateSchema,
  requiredTextSchema,
} from '@/lib/validation';

/** A line as typed: a GL account and either a debit or a credit (the other left blank), with an optional label. */
const lineSchema = (currency: string) =>
  z
    .object({
      glAccountId: z.string().min(1, 'validation.required'),
      debit: optionalMoneySchema(currency),
      credit: optionalMoneySchema(currency),
      label: optionalTextSchema(200),
    })
    .refine((line) => (line.debit ?? 0) > 0 !== (line.credit ?? 0) > 0, {
      message: 'manualEntries.form.oneSide',
      path: ['debit'],
    })
    .transform(({ debit, credit, ...line }) => ({ ...line, debit: debit ?? 0, credit: credit ?? 0 }));

/** The API's bounds: a description, the supporting document's reference, 2 to 100 lines. */
export const manualEntryInputSchema = (currency: string) =>
  z.object({
    valueDate: requiredDateSchema,
    description: requiredTextSchema(250),
    reference: requiredTextSchema(60),
    attachmentName: optionalTextSchema(200),
    // The form keeps two lines at least and adds none past 100: no message of its own.
    lines: z.array(lineSchema(currency)).min(2, 'validation.range').max(100, 'validation.range'),
  });

export type ManualEntryFormValues = z.input<ReturnType<typeof manualEntryInputSchema>>;
export type ManualEntryInput = z.output<ReturnType<typeof manualEntryInputSchema>>;

/** One key per entry as sent: a retry of the same entry replays the first answer and posts nothing twice. */
type CreateManualEntryVariables = { data: ManualEntryInput; idempotencyKey: string };

/** Posted at once up to the institution's threshold; above it, waits for someone else's approval. */
export function createManualEntry({ data, idempotencyKey }: CreateManualEntryVariables) {
  return unwrap(
    api.POST('/api/v1/journal-entries', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: data }),
  );
}

export function useCreateManualEntry() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createManualEntry, onSuccess: () => invalidateLedgerQueries(queryClient) });
}
