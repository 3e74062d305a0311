import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { setApiFieldErrors } from '@/lib/form-errors';
import { reasonInputSchema, type ReasonInput } from '@/lib/validation';

const FIELDS = reasonInputSchema.keyof().options;

type ReasonDialogProps = {
  title: string;
  /** What the reason is given for, above the field. */
  message: string;
  /** The field's label, e.g. "Reason for the rejection". */
  label: string;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  /** Sends the reason; `onError` shows the API's message about it on the field. */
  onSubmit: (data: ReasonInput, onError: (error: unknown) => void) => void;
  onClose: () => void;
};

/** A decision that needs a written reason (a rejection, a return, a cancellation, a reversal). */
export function ReasonDialog({
  title,
  message,
  label,
  submitLabel,
  isPending,
  error,
  onSubmit,
  onClose,
}: ReasonDialogProps) {
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(reasonInputSchema),
    defaultValues: { reason: '' },
  });

  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      onSubmit={handleSubmit((data) => onSubmit(data, (failure) => setApiFieldErrors(failure, FIELDS, setError)))}
      isPending={isPending}
      error={error}
      inlineFields={FIELDS}
    >
      <p>{message}</p>
      <TextField label={label} registration={register('reason')} error={formState.errors.reason} />
    </FormDialog>
  );
}
