import { useTranslation } from 'react-i18next';

import type { Anomaly } from '@/features/anomalies/api/get-anomalies';
import { AnomalyStatusBadge } from '@/features/anomalies/components/anomaly-badges';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/**
 * The review's steps, oldest first: who moved the finding to which status, when, and why. A step without an author is
 * the detection's own note that a closed finding got worse and opened again (its text is "before → after").
 */
export function AnomalyComments({ comments }: { comments: Anomaly['comments'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (comments.length === 0) return <p className="text-body-secondary">{t('anomalies.noComments')}</p>;
  return (
    <ol className="list-unstyled border-start ps-3 mb-0">
      {comments.map((comment, index) => (
        <li key={index} className="mb-3">
          <div className="d-flex flex-wrap align-items-center gap-2 small text-body-secondary">
            <span className="text-nowrap">{formatDateTime(comment.at, locale)}</span>
            <AnomalyStatusBadge status={comment.status} />
            <span>{comment.by ? (comment.byName ?? t('anomalies.someone')) : t('anomalies.detection')}</span>
          </div>
          <div className="text-break">
            {comment.by ? comment.text : t('anomalies.reopenedNote', { change: comment.text })}
          </div>
        </li>
      ))}
    </ol>
  );
}
