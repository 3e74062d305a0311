import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** The API's limit on a question's length. */
export const MAX_QUESTION_LENGTH = 500;

export type AskAssistantInput = { question: string; month?: string };

/** A question about a month's figures (the one it names, else `month`, else this month), answered with its sources. */
export function askAssistant({ question, month }: AskAssistantInput) {
  return unwrap(api.POST('/api/v1/assistant/ask', { body: { question, month: month || null } }));
}

export function useAskAssistant() {
  return useMutation({ mutationFn: askAssistant });
}
