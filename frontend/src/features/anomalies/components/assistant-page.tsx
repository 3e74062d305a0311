import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { MAX_QUESTION_LENGTH, useAskAssistant } from '@/features/anomalies/api/ask-assistant';
import { currentMonth, MONTH_PATTERN, useWriteMonthlySummary } from '@/features/anomalies/api/write-monthly-summary';
import { AssistantAnswer } from '@/features/anomalies/components/assistant-answer';

function MonthlySummary({ month, onMonthChange }: { month: string; onMonthChange: (month: string) => void }) {
  const { t } = useTranslation();
  const summary = useWriteMonthlySummary();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (MONTH_PATTERN.test(month)) summary.mutate(month);
  };
  return (
    <Section title={t('anomalies.assistant.summaryTitle')}>
      <Form onSubmit={submit} className="d-flex flex-wrap align-items-end gap-2 mb-3">
        <Form.Group controlId="assistant-month">
          <Form.Label>{t('anomalies.assistant.month')}</Form.Label>
          <Form.Control
            type="month"
            value={month}
            max={currentMonth()}
            required
            onChange={(event) => onMonthChange(event.target.value)}
          />
        </Form.Group>
        <Button type="submit" disabled={summary.isPending || !MONTH_PATTERN.test(month)}>
          {summary.isPending && <Spinner size="sm" className="me-2" aria-hidden />}
          {t('anomalies.assistant.writeSummary')}
        </Button>
      </Form>
      <ErrorAlert error={summary.error} />
      {summary.data && <AssistantAnswer answer={summary.data} />}
    </Section>
  );
}

function QuestionBox({ month }: { month: string }) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const ask = useAskAssistant();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.trim()) ask.mutate({ question: question.trim(), month: MONTH_PATTERN.test(month) ? month : undefined });
  };
  return (
    <Section title={t('anomalies.assistant.askTitle')}>
      <Form onSubmit={submit} className="mb-3">
        <Form.Group controlId="assistant-question" className="mb-2">
          <Form.Label>{t('anomalies.assistant.question')}</Form.Label>
          <Form.Control
            as="textarea"
            rows={2}
            value={question}
            maxLength={MAX_QUESTION_LENGTH}
            placeholder={t('anomalies.assistant.questionExample')}
            onChange={(event) => setQuestion(event.target.value)}
            aria-describedby="assistant-question-hint"
          />
          <Form.Text id="assistant-question-hint">{t('anomalies.assistant.questionHint')}</Form.Text>
        </Form.Group>
        <Button type="submit" disabled={ask.isPending || !question.trim()}>
          {ask.isPending && <Spinner size="sm" className="me-2" aria-hidden />}
          {t('anomalies.assistant.ask')}
        </Button>
      </Form>
      <ErrorAlert error={ask.error} />
      {ask.data && <AssistantAnswer answer={ask.data} />}
    </Section>
  );
}

/** « Assistant d'audit »: a month's summary, and questions about the month's figures answered with their sources. */
export function AssistantPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(currentMonth());
  return (
    <>
      <PageHeader title={t('anomalies.assistant.title')} />
      <p className="text-body-secondary">{t('anomalies.assistant.intro')}</p>
      <MonthlySummary month={month} onMonthChange={setMonth} />
      <QuestionBox month={month} />
    </>
  );
}
