import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import type { AssistantAnswer as Answer } from '@/features/anomalies/api/get-anomaly-explanation';

/**
 * What the assistant wrote, paragraph by paragraph, with who wrote it (the templates or the configured model) and the
 * figures it was written from, listed under it.
 */
export function AssistantAnswer({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  return (
    <article className="border rounded p-3 bg-body-tertiary" lang={answer.language}>
      <p className="mb-2">
        <Badge bg={answer.source === 'model' ? 'info' : 'secondary'}>
          {t(`anomalies.assistant.sources.${answer.source === 'model' ? 'model' : 'template'}`)}
        </Badge>
      </p>
      {answer.text.split('\n\n').map((paragraph, index) => (
        <p key={index} className="text-break">
          {paragraph}
        </p>
      ))}
      {answer.sources.length > 0 && (
        <details>
          <summary>{t('anomalies.assistant.usedFigures', { count: answer.sources.length })}</summary>
          <ul className="list-unstyled mb-0 mt-2 small">
            {answer.sources.map((source) => (
              <li key={`${source.name}-${source.month ?? ''}`} className="mb-2">
                <strong className="text-break">
                  {source.name}
                  {source.month ? ` (${source.month})` : ''}
                </strong>
                <span className="d-block text-body-secondary">{source.description}</span>
                <span className="d-block text-break font-monospace">
                  {Object.entries(source.figures)
                    .map(([name, value]) => `${name} = ${value}`)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
