import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { useAnomalyExplanation } from '@/features/anomalies/api/get-anomaly-explanation';
import { AssistantAnswer } from '@/features/anomalies/components/assistant-answer';

/** « Demander l'avis de l'assistant » (not « Expliquer », the review step that closes the finding): asks the assistant for this finding's explanation, in the user's language, and shows it with its source. */
export function FindingExplanation({ anomalyId }: { anomalyId: string }) {
  const { t, i18n } = useTranslation();
  const [asked, setAsked] = useState(false);
  const explanation = useAnomalyExplanation(anomalyId, i18n.resolvedLanguage ?? 'fr', asked);

  return (
    <div className="mb-3">
      {!explanation.data && (
        <Button variant="outline-primary" onClick={() => setAsked(true)} disabled={asked && explanation.isFetching}>
          {asked && explanation.isFetching && <Spinner size="sm" className="me-2" aria-hidden />}
          {t('anomalies.assistant.explain')}
        </Button>
      )}
      <ErrorAlert error={explanation.error} onRetry={() => void explanation.refetch()} className="mt-2" />
      {explanation.data && <AssistantAnswer answer={explanation.data} />}
    </div>
  );
}
