import { z } from 'zod';

import { usePostingMutation } from '@/features/loans/api/loan-mutations';
import { api, unwrap } from '@/lib/api-client';
import { optionalDateSchema } from '@/lib/validation';

/** The day to close (blank: today); running a day twice charges nothing the second time. */
export const endOfDayInputSchema = z.object({ date: optionalDateSchema });

export type EndOfDayInput = z.output<typeof endOfDayInputSchema>;

/** Charges the late penalties of every active loan up to the day (missed days caught up) and counts days in arrears. */
export function runEndOfDay({ date }: EndOfDayInput) {
  return unwrap(api.POST('/api/v1/jobs/end-of-day', { body: { date: date ?? null } }));
}

export type EndOfDayResult = Awaited<ReturnType<typeof runEndOfDay>>;

export const useRunEndOfDay = () => usePostingMutation(runEndOfDay);
