import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError } from '@/lib/api-error';

/**
 * Shows the API's validation messages (problem details `errors`, keyed by camelCase field name) on the
 * matching form fields. Messages for other keys stay on the error, for the form's alert to show.
 */
export function setApiFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
) {
  if (!(error instanceof ApiError)) return;
  for (const [key, messages] of Object.entries(error.errors)) {
    const field = fields.find((name) => name.toLowerCase() === key.toLowerCase());
    if (field) setError(field, { type: 'server', message: messages.join(' ') });
  }
}
