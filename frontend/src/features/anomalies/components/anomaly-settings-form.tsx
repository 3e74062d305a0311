import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import type { AnomalySettings } from '@/features/anomalies/api/get-anomaly-settings';
import { useUpdateAnomalySettings, type AnomalyRuleChoice } from '@/features/anomalies/api/update-anomaly-settings';
import { useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';

type Choice = { enabled: boolean; parameters: Record<string, string> };

const NUMBER = /^\d+([.,]\d+)?$/;

function choicesOf(settings: AnomalySettings): Record<string, Choice> {
  return Object.fromEntries(
    settings.rules.map((rule) => [
      rule.rule,
      {
        enabled: rule.enabled,
        parameters: Object.fromEntries(Object.entries(rule.parameters).map(([name, value]) => [name, String(value)])),
      },
    ]),
  );
}

/**
 * The body of the PUT: every rule on or off, with the parameters that differ from their default (the others keep
 * following the default). Null while a value is not a number.
 */
export function settingsBody(settings: AnomalySettings, choices: Record<string, Choice>): AnomalyRuleChoice[] | null {
  const body: AnomalyRuleChoice[] = [];
  for (const rule of settings.rules) {
    const choice = choices[rule.rule];
    const parameters: Record<string, number> = {};
    for (const [name, text] of Object.entries(choice.parameters)) {
      if (!NUMBER.test(text.trim())) return null;
      const value = Number(text.trim().replace(',', '.'));
      if (value !== Number(rule.defaults[name])) parameters[name] = value;
    }
    body.push({ rule: rule.rule, enabled: choice.enabled, parameters });
  }
  return body;
}

/**
 * Each rule on or off, with its parameters (numbers, their default beside them): saved by the SfdAdmin, read by the
 * Auditor (`readOnly`).
 */
export function AnomalySettingsForm({ settings, readOnly }: { settings: AnomalySettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const words = useAnomalyWords();
  const update = useUpdateAnomalySettings();
  const [choices, setChoices] = useState(() => choicesOf(settings));
  const [submitted, setSubmitted] = useState(false);
  const change = (rule: string, next: Partial<Choice>) => {
    update.reset();
    setChoices((current) => ({ ...current, [rule]: { ...current[rule], ...next } }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const body = settingsBody(settings, choices);
    if (body) update.mutate(body);
  };

  return (
    <Form noValidate onSubmit={onSubmit} aria-label={t('anomalies.settings.title')}>
      {readOnly && <Alert variant="info">{t('anomalies.settings.readOnly')}</Alert>}
      <ErrorAlert error={update.error} />
      {settings.rules.map((rule) => {
        const choice = choices[rule.rule];
        return (
          <Card key={rule.rule} className="mb-3">
            <Card.Body>
              <Form.Check
                type="switch"
                id={`rule-${rule.rule}`}
                className="mb-2 fw-semibold"
                label={words.rule(rule.rule)}
                checked={choice.enabled}
                disabled={readOnly}
                onChange={(event) => change(rule.rule, { enabled: event.target.checked })}
              />
              <Row className="g-2">
                {Object.entries(choice.parameters).map(([name, value]) => {
                  const id = `${rule.rule}-${name}`;
                  const invalid = submitted && !NUMBER.test(value.trim());
                  return (
                    <Col key={name} xs={12} sm={6} lg={4}>
                      <Form.Group controlId={id}>
                        <Form.Label className="small mb-1">{words.figureLabel(name)}</Form.Label>
                        <Form.Control
                          inputMode="decimal"
                          value={value}
                          readOnly={readOnly}
                          disabled={!choice.enabled && !readOnly}
                          isInvalid={invalid}
                          aria-describedby={`${id}-default`}
                          onChange={(event) =>
                            change(rule.rule, { parameters: { ...choice.parameters, [name]: event.target.value } })
                          }
                        />
                        <Form.Control.Feedback type="invalid">{t('anomalies.settings.number')}</Form.Control.Feedback>
                        <Form.Text id={`${id}-default`}>
                          {t('anomalies.settings.default', { value: rule.defaults[name] })}
                        </Form.Text>
                      </Form.Group>
                    </Col>
                  );
                })}
              </Row>
            </Card.Body>
          </Card>
        );
      })}
      {!readOnly && (
        <div className="d-flex flex-wrap align-items-center gap-2">
          <Button type="submit" disabled={update.isPending}>
            {t('common.save')}
          </Button>
          {update.isSuccess && (
            <span role="status" className="text-success">
              {t('anomalies.settings.saved')}
            </span>
          )}
        </div>
      )}
    </Form>
  );
}
