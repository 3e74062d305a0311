import type { TFunction } from 'i18next';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ApiError, type ProblemReason } from '@/lib/api-error';

type ErrorAlertProps = {
  error: unknown;
  /** Fields whose validation messages the form already shows inline. */
  inlineFields?: readonly string[];
  onRetry?: () => void;
  className?: string;
};

function summary(error: ApiError | null, t: TFunction) {
  if (!error) return t('errors.network');
  // The API writes its validation summary in English; the field messages carry the detail.
  if (error.status === 400 && Object.keys(error.errors).length > 0) return t('errors.validation');
  // Business rules the UI knows by their stable code are said in the user's language; others as the API wrote them.
  const fallback = error.detail ?? error.title ?? t('errors.unexpected');
  return error.code ? t(`errors.codes.${error.code}`, { defaultValue: fallback }) : fallback;
}

/**
 * Each reason of a refusal (e.g. every failed eligibility rule): in the user's language when the UI knows its code,
 * with the API's own words under it, which carry the figures (limits, balances) the code does not.
 */
function Reasons({ reasons }: { reasons: readonly ProblemReason[] }) {
  const { t } = useTranslation();
  return (
    <ul className="mb-0 mt-2">
      {reasons.map((reason, index) => {
        const known = reason.code ? t(`errors.reasons.${reason.code}`, { defaultValue: '' }) : '';
        return (
          <li key={index}>
            {known || reason.message}
            {known && reason.message && <span className="d-block small text-body-secondary">{reason.message}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** A failed call, in words: the problem detail of the API, or a connection problem for anything else. */
export function ErrorAlert({ error, inlineFields = [], onRetry, className }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;

  const apiError = error instanceof ApiError ? error : null;
  const inline = new Set(inlineFields.map((field) => field.toLowerCase()));
  const otherMessages = Object.entries(apiError?.errors ?? {})
    .filter(([field]) => !inline.has(field.toLowerCase()))
    .flatMap(([, messages]) => messages);

  return (
    <Alert variant="danger" className={className}>
      <p className="mb-0">{summary(apiError, t)}</p>
      {apiError && apiError.reasons.length > 0 && <Reasons reasons={apiError.reasons} />}
      {otherMessages.length > 0 && (
        <ul className="mb-0 mt-2">
          {otherMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {apiError?.correlationId && (
        <p className="mb-0 mt-2 small text-body-secondary">{t('errors.reference', { id: apiError.correlationId })}</p>
      )}
      {onRetry && (
        <Button variant="outline-danger" size="sm" className="mt-2" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
