import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import type { Anomaly } from '@/features/anomalies/api/get-anomalies';
import { useReviewAnomaly, type ReviewStep } from '@/features/anomalies/api/review-anomaly';
import { setApiFieldErrors } from '@/lib/form-errors';
import { requiredTextSchema } from '@/lib/validation';

const commentSchema = z.object({ comment: requiredTextSchema(2000) });
const FIELDS = commentSchema.keyof().options;

/** The steps a finding allows: only an open one is acknowledged; a closed one (explained, dismissed) allows none. */
export function allowedSteps(status: Anomaly['status']): ReviewStep[] {
  if (status === 'Open') return ['acknowledge', 'explain', 'dismiss'];
  if (status === 'Acknowledged') return ['explain', 'dismiss'];
  return [];
}

const VARIANTS: Record<ReviewStep, string> = {
  acknowledge: 'primary',
  explain: 'success',
  dismiss: 'outline-secondary',
};

function ReviewDialog({ anomaly, step, onClose }: { anomaly: Anomaly; step: ReviewStep; onClose: () => void }) {
  const { t } = useTranslation();
  const review = useReviewAnomaly();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(commentSchema),
    defaultValues: { comment: '' },
  });
  return (
    <FormDialog
      title={t(`anomalies.review.${step}.title`)}
      submitLabel={t(`anomalies.review.${step}.action`)}
      onClose={onClose}
      isPending={review.isPending}
      error={review.error}
      inlineFields={FIELDS}
      onSubmit={handleSubmit(({ comment }) =>
        review.mutate(
          { id: anomaly.id, step, comment },
          { onSuccess: onClose, onError: (failure) => setApiFieldErrors(failure, FIELDS, setError) },
        ),
      )}
    >
      <p>{t(`anomalies.review.${step}.message`)}</p>
      <TextField
        label={t(`anomalies.review.${step}.comment`)}
        registration={register('comment')}
        error={formState.errors.comment}
      />
    </FormDialog>
  );
}

/**
 * The review's buttons — « Prendre en compte », « Expliquer », « Écarter » — the ones the finding's status allows,
 * each asking for a comment in a dialog.
 */
export function AnomalyReview({ anomaly }: { anomaly: Anomaly }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ReviewStep | null>(null);
  const steps = allowedSteps(anomaly.status);
  if (steps.length === 0) return null;
  return (
    <div className="d-flex flex-wrap gap-2 d-print-none">
      {steps.map((allowed) => (
        <Button key={allowed} variant={VARIANTS[allowed]} onClick={() => setStep(allowed)}>
          {t(`anomalies.review.${allowed}.button`)}
        </Button>
      ))}
      {step && <ReviewDialog anomaly={anomaly} step={step} onClose={() => setStep(null)} />}
    </div>
  );
}
