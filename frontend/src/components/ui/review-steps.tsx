import { useRef, useState, type FormEventHandler, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DetailsList, type Detail } from '@/components/ui/details-list';
import { FormDialog } from '@/components/ui/form-dialog';
import { ApiError } from '@/lib/api-error';
import { setApiFieldErrors } from '@/lib/form-errors';

/** What the user reviews, and the one idempotency key its posting is sent with. */
export type Review<Input> = { data: Input; idempotencyKey: string };

type UseReviewStepsOptions<Values extends FieldValues> = {
  mutation: { reset: () => void };
  setError: UseFormSetError<Values>;
  fields: readonly Path<Values>[];
  /** Closes the dialog: called once the operation succeeded, before its result is shown. */
  onClose: () => void;
};

/**
 * The two steps of an operation that moves money: its form, then a review that the user confirms. The key is made
 * when the review opens, so a double click or a retry of the confirmation sends the same key and the API posts once;
 * a changed operation goes through a new review, so it gets a new key.
 *
 * `send` posts the reviewed operation at most once at a time: a second confirmation while it is on its way (a double
 * click) or after it succeeded is ignored; only a failure lets the user confirm again. `showResult` then closes the
 * dialog and opens what the operation produced (its receipt, the updated loan), so nothing invites a second click.
 */
export function useReviewSteps<Input, Values extends FieldValues>({
  mutation,
  setError,
  fields,
  onClose,
}: UseReviewStepsOptions<Values>) {
  const navigate = useNavigate();
  const [review, setReview] = useState<Review<Input> | null>(null);
  const sending = useRef(false);
  /** A refused field sends the user back to the form, where the API's message shows on the field. */
  const onError = (error: unknown) => {
    sending.current = false;
    if (!(error instanceof ApiError) || error.status !== 400) return;
    setReview(null);
    setApiFieldErrors(error, fields, setError);
  };
  return {
    review,
    startReview: (data: Input) => setReview({ data, idempotencyKey: crypto.randomUUID() }),
    backToForm: () => {
      mutation.reset();
      setReview(null);
    },
    send: <Result,>(post: (review: Review<Input>) => Promise<Result>, onSuccess: (result: Result) => void) => {
      if (!review || sending.current) return;
      sending.current = true;
      post(review).then(onSuccess, onError);
    },
    showResult: (href: string) => {
      onClose();
      void navigate(href);
    },
  };
}

type ReviewStepsProps<Input> = {
  title: string;
  /** The state of the two steps (from {@link useReviewSteps}). */
  steps: { review: Review<Input> | null; backToForm: () => void };
  onClose: () => void;
  /** Step 1: the fields, checked on submit, which opens the review. */
  fields: ReactNode;
  onReview: FormEventHandler<HTMLFormElement>;
  inlineFields: readonly string[];
  /** Step 2: what the user checks with the client before confirming. */
  details: (data: Input) => Detail[];
  onConfirm: () => void;
  mutation: { isPending: boolean; isSuccess: boolean; error: unknown };
  /** What the review asks the user to check; "check it with the client" unless said otherwise. */
  reviewMessage?: string;
};

/** The form of an operation, then (once it is valid) its review with Confirm and Back. */
export function ReviewSteps<Input>({
  title,
  steps,
  onClose,
  fields,
  onReview,
  inlineFields,
  details,
  onConfirm,
  mutation,
  reviewMessage,
}: ReviewStepsProps<Input>) {
  const { t } = useTranslation();
  if (steps.review) {
    return (
      <ConfirmDialog
        title={title}
        message={reviewMessage ?? t('operations.reviewMessage')}
        confirmLabel={t('operations.confirm')}
        cancelLabel={t('operations.back')}
        variant="primary"
        isPending={mutation.isPending || mutation.isSuccess}
        error={mutation.error}
        onConfirm={onConfirm}
        onCancel={steps.backToForm}
      >
        <div className="mt-3">
          <DetailsList details={details(steps.review.data)} />
        </div>
      </ConfirmDialog>
    );
  }
  return (
    <FormDialog
      title={title}
      submitLabel={t('operations.review')}
      onClose={onClose}
      onSubmit={onReview}
      isPending={false}
      error={mutation.error}
      inlineFields={inlineFields}
    >
      {fields}
    </FormDialog>
  );
}
