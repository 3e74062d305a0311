import { z } from 'zod';

import { usePostingMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import { requiredDateSchema } from '@/lib/validation';
import type { paths } from '@/types/api';

type DisburseBody = paths['/api/v1/loans/{id}/disburse']['post']['requestBody']['content']['application/json'];

export const DISBURSEMENT_MODES = ['Cash', 'ToSavingsAccount'] as const satisfies readonly DisburseBody['mode'][];

/** In cash at the branch, or to one of the client's active accounts (then chosen); dated today or before. */
export const disburseLoanInputSchema = z
  .object({ mode: z.enum(DISBURSEMENT_MODES), accountId: z.string(), date: requiredDateSchema })
  .refine((input) => input.mode === 'Cash' || input.accountId !== '', {
    message: 'loans.chooseAccount',
    path: ['accountId'],
  })
  .transform((input) => ({ ...input, accountId: input.mode === 'Cash' ? null : input.accountId }));

export type DisburseLoanFormValues = z.input<typeof disburseLoanInputSchema>;
export type DisburseLoanInput = z.output<typeof disburseLoanInputSchema>;

type DisburseLoanVariables = { id: string; data: DisburseLoanInput; idempotencyKey: string };

/** Pays the loan out; its schedule is fixed from the date. */
export function disburseLoan({ id, data, idempotencyKey }: DisburseLoanVariables) {
  return unwrap(
    api.POST('/api/v1/loans/{id}/disburse', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: data,
    }),
  );
}

export const useDisburseLoan = () => usePostingMutation(disburseLoan);
