import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** A month as the API takes it, and as `<input type="month">` gives it. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month in progress, in the browser's calendar (the API refuses a later one). */
export function currentMonth(today = new Date()) {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
}

/** A month's summary written by the assistant: activity, portfolio quality, findings, notable changes, with its figures. */
export function writeMonthlySummary(month: string) {
  return unwrap(api.POST('/api/v1/assistant/monthly-summary', { body: { month } }));
}

export function useWriteMonthlySummary() {
  return useMutation({ mutationFn: writeMonthlySummary });
}
