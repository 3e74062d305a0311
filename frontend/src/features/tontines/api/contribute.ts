import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { invalidateTontineQueries } from '@/features/tontines/api/invalidate-tontine-queries';
import { api, unwrap } from '@/lib/api-client';
import { positiveMoneySchema, wholeNumberSchema } from '@/lib/validation';

/** The most days one collection may cover (a year); the API keeps its own limit. */
export const MAX_DAYS_AT_ONCE = 366;

export const COLLECT_MODES = ['days', 'amount'] as const;

/**
 * What the collector takes: a number of days, or an amount that must be a whole number of daily amounts (the API
 * refuses another: 422 contribution_not_multiple). The output carries both, and what the collector typed (`mode`),
 * which is what is sent.
 */
export const contributionInputSchema = (currency: string, dailyAmount: number) => {
  const daysSchema = wholeNumberSchema(1, MAX_DAYS_AT_ONCE);
  const amountSchema = positiveMoneySchema(currency);
  return z
    .object({ mode: z.enum(COLLECT_MODES), days: z.string(), amount: z.string() })
    .transform((input, context) => {
      if (input.mode === 'days') {
        const days = daysSchema.safeParse(input.days);
        if (days.success) return { mode: input.mode, days: days.data, amount: days.data * dailyAmount };
        context.addIssue({ code: 'custom', message: days.error.issues[0]?.message, path: ['days'] });
        return z.NEVER;
      }
      const amount = amountSchema.safeParse(input.amount);
      if (!amount.success) {
        context.addIssue({ code: 'custom', message: amount.error.issues[0]?.message, path: ['amount'] });
        return z.NEVER;
      }
      const days = amount.data / dailyAmount;
      if (!Number.isInteger(days)) {
        context.addIssue({ code: 'custom', message: 'tontines.collect.notMultiple', path: ['amount'] });
        return z.NEVER;
      }
      if (days > MAX_DAYS_AT_ONCE) {
        context.addIssue({ code: 'custom', message: 'validation.range', path: ['amount'] });
        return z.NEVER;
      }
      return { mode: input.mode, days, amount: amount.data };
    });
};

/** The days an input covers, as the form shows its total while it is typed (null when it is not yet valid). */
export function typedDays(values: { mode: string; days: string; amount: string }, dailyAmount: number) {
  if (values.mode === 'days') {
    const days = Number(values.days.trim());
    return Number.isInteger(days) && days > 0 ? days : null;
  }
  const amount = Number(values.amount.replace(/\s/g, ''));
  return amount > 0 && Number.isInteger(amount / dailyAmount) ? amount / dailyAmount : null;
}

export type ContributionFormValues = z.input<ReturnType<typeof contributionInputSchema>>;
export type ContributionInput = z.output<ReturnType<typeof contributionInputSchema>>;

/** The key is made once per confirmation: a retry with it replays the first answer and fills no cell twice. */
export type ContributeVariables = { participantId: string; data: ContributionInput; idempotencyKey: string };

/** Days collected in cash; the answer is the receipt: the contribution (cells, commission, saving) and the participant. */
export function contribute({ participantId, data, idempotencyKey }: ContributeVariables) {
  return unwrap(
    api.POST('/api/v1/tontine-participants/{id}/contributions', {
      params: { path: { id: participantId }, header: { 'Idempotency-Key': idempotencyKey } },
      // What the collector typed is sent: the days, or the amount (which the API checks is a multiple).
      body: data.mode === 'days' ? { days: data.days, channel: 'Cash' } : { amount: data.amount, channel: 'Cash' },
    }),
  );
}

export type ContributionReceipt = Awaited<ReturnType<typeof contribute>>;

export function useContribute() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: contribute, onSuccess: () => invalidateTontineQueries(queryClient) });
}
