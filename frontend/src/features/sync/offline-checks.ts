import { z } from 'zod';

import type { OperationKind, WorkingClient } from '@/features/sync/types';
import { clientInputSchema } from '@/lib/client-input';
import { optionalTextSchema, positiveMoneySchema, wholeNumberSchema } from '@/lib/validation';

/** The most days one contribution may cover (a year), as the tontine's own form; the server keeps its own limit. */
const MAX_DAYS_AT_ONCE = 366;

/**
 * What can be checked with no network (the rest the server decides at sync): the amount's format (positive, whole
 * francs for the FCFA), a contribution that is a whole number of daily amounts, and the last known status of the
 * account, loan or participation. Messages are translation keys.
 */
export const recordInputSchema = (kind: OperationKind, currency: string, dailyAmount: number | null) => {
  const amountSchema = positiveMoneySchema(currency);
  const daysSchema = wholeNumberSchema(1, MAX_DAYS_AT_ONCE);
  return z
    .object({ mode: z.enum(['days', 'amount']), days: z.string(), amount: z.string(), reference: optionalTextSchema(100) })
    .transform((input, context) => {
      const fail = (path: 'days' | 'amount', message: string | undefined) => {
        context.addIssue({ code: 'custom', message, path: [path] });
        return z.NEVER;
      };
      if (kind === 'TontineContribution' && dailyAmount && input.mode === 'days') {
        const days = daysSchema.safeParse(input.days);
        if (!days.success) return fail('days', days.error.issues[0]?.message);
        return { amount: null, days: days.data, total: days.data * dailyAmount, reference: input.reference };
      }
      const amount = amountSchema.safeParse(input.amount);
      if (!amount.success) return fail('amount', amount.error.issues[0]?.message);
      if (kind === 'TontineContribution' && dailyAmount) {
        const days = amount.data / dailyAmount;
        if (!Number.isInteger(days)) return fail('amount', 'sync.record.notMultiple');
        if (days > MAX_DAYS_AT_ONCE) return fail('amount', 'validation.range');
        return { amount: amount.data, days: null, total: amount.data, reference: input.reference };
      }
      return { amount: amount.data, days: null, total: amount.data, reference: input.reference };
    });
};

export type RecordFormValues = z.input<ReturnType<typeof recordInputSchema>>;
export type RecordInput = z.output<ReturnType<typeof recordInputSchema>>;

/** The statuses in which each kind of object takes money, as last known on the phone. */
const USABLE_STATUSES: Record<Exclude<OperationKind, 'NewClient'>, readonly string[]> = {
  Deposit: ['Active'],
  LoanRepayment: ['Active'],
  TontineContribution: ['Active'],
};

export function isUsable(kind: Exclude<OperationKind, 'NewClient'>, status: string) {
  return USABLE_STATUSES[kind].includes(status);
}

/**
 * A new client's fields, as at the counter, and a phone number that is not already one of the agent's clients' (the
 * server also checks the institution's other clients at sync).
 */
export const newClientSchema = (clients: readonly WorkingClient[]) =>
  clientInputSchema.superRefine((client, context) => {
    if (clients.some((known) => known.phone === client.phone)) {
      context.addIssue({ code: 'custom', path: ['phone'], message: 'sync.newClient.phoneKnown' });
    }
  });

export type NewClientInput = z.output<ReturnType<typeof newClientSchema>>;
