import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { AmountField, SelectField, TextField } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import {
  manualEntryInputSchema,
  useCreateManualEntry,
  type ManualEntryFormValues,
  type ManualEntryInput,
} from '@/features/accounting/api/create-manual-entry';
import { useAccountingSettings } from '@/features/accounting/api/get-accounting-settings';
import { GL_CLASSES, useGlAccounts } from '@/features/accounting/api/get-gl-accounts';
import type { ManualEntry } from '@/features/accounting/api/get-manual-entries';
import { EntryBalance, entryTotals } from '@/features/accounting/components/entry-balance';
import { ApiError } from '@/lib/api-error';
import { useInstitutionCurrency } from '@/lib/auth';
import { setApiFieldErrors } from '@/lib/form-errors';
import { formatMoney, localToday } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const ENTRY_FIELDS = ['valueDate', 'description', 'reference', 'attachmentName'] as const;
const LINE_FIELDS = ['glAccountId', 'debit', 'credit', 'label'] as const;

const emptyLine = () => ({ glAccountId: '', debit: '', credit: '', label: '' });
const emptyEntry = (): ManualEntryFormValues => ({
  valueDate: localToday(),
  description: '',
  reference: '',
  attachmentName: '',
  lines: [emptyLine(), emptyLine()],
});

/**
 * The API's messages about a line (`lines[1].glAccountId`, `lines[0].amount`) on that line's field; returns the keys it
 * placed, which the form's alert then leaves out.
 */
function setLineErrors(
  error: unknown,
  lines: ManualEntryFormValues['lines'],
  setError: (name: Path<ManualEntryFormValues>, error: { type: string; message: string }) => void,
) {
  if (!(error instanceof ApiError)) return [];
  return Object.entries(error.errors).flatMap(([key, messages]) => {
    const match = /^lines\[(\d+)\]\.(\w+)$/i.exec(key);
    const index = Number(match?.[1]);
    if (!match || !lines[index]) return [];
    const typed = match[2].toLowerCase();
    // The amount's rule (its decimals) is about whichever side the line has.
    const field =
      typed === 'amount'
        ? lines[index].debit?.trim()
          ? 'debit'
          : 'credit'
        : LINE_FIELDS.find((name) => name.toLowerCase() === typed);
    if (!field) return [];
    setError(`lines.${index}.${field}`, { type: 'server', message: messages.join(' ') });
    return [key];
  });
}

/** The outcome the accountant must read: posted with its journal number, or waiting above the threshold. */
function Outcome({ entry, onAnother }: { entry: ManualEntry; onAnother: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const settings = useAccountingSettings();
  const pending = entry.status === 'PendingApproval';
  const threshold = settings.data ? formatMoney(settings.data.manualEntryApprovalThreshold, currency, locale) : '';
  return (
    <Alert variant={pending ? 'warning' : 'success'} role="status">
      <p className="mb-2 fw-semibold">
        {pending
          ? t('manualEntries.form.pending', { threshold })
          : t('manualEntries.form.posted', { number: entry.journalEntryNumber })}
      </p>
      <p className="mb-3">
        {entry.description} · {formatMoney(entry.amount, currency, locale)}
      </p>
      <div className="d-flex flex-wrap gap-2">
        <Button onClick={onAnother}>{t('manualEntries.form.another')}</Button>
        <Link className="btn btn-outline-secondary" to={paths.manualEntries.getHref()}>
          {t('manualEntries.form.toList')}
        </Link>
      </div>
    </Alert>
  );
}

/**
 * A journal entry written by hand: its value date, description and supporting document, then two or more lines on GL
 * accounts with the totals checked as the user types; it cannot be sent until the debits equal the credits.
 */
export function ManualEntryForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const create = useCreateManualEntry();
  const settings = useAccountingSettings();
  const glAccounts = useGlAccounts({});
  const schema = useMemo(() => manualEntryInputSchema(currency), [currency]);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<
    ManualEntryFormValues,
    unknown,
    ManualEntryInput
  >({ resolver: zodResolver(schema), defaultValues: emptyEntry() });
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const totals = entryTotals(lines, currency);
  const [inlineKeys, setInlineKeys] = useState<string[]>([]);
  // A retry of the same entry keeps its key (the API replays its first answer); a changed entry gets a new one.
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (create.error) errorRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [create.error]);

  const active = (glAccounts.data ?? []).filter((account) => account.isActive);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const threshold = settings.data?.manualEntryApprovalThreshold;
  const aboveThreshold = threshold !== undefined && totals.balanced && totals.debits > threshold;

  const send = (data: ManualEntryInput) => {
    const body = JSON.stringify(data);
    if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
    create.mutate(
      { data, idempotencyKey: attempt.current.key },
      {
        onError: (error) => {
          setApiFieldErrors(error, ENTRY_FIELDS, setError);
          setInlineKeys([...ENTRY_FIELDS, ...setLineErrors(error, lines, setError)]);
        },
      },
    );
  };

  if (create.data) {
    return (
      <Outcome
        entry={create.data}
        onAnother={() => {
          reset(emptyEntry());
          attempt.current = null;
          create.reset();
        }}
      />
    );
  }

  return (
    <Form noValidate onSubmit={(event) => void handleSubmit(send)(event)}>
      <div ref={errorRef}>
        <ErrorAlert error={create.error} inlineFields={inlineKeys} />
      </div>
      <Row className="g-sm-3">
        <Col xs={12} sm={6} lg={3}>
          <TextField
            type="date"
            label={t('manualEntries.valueDate')}
            registration={register('valueDate')}
            error={formState.errors.valueDate}
          />
        </Col>
        <Col xs={12} sm={6} lg={3}>
          <TextField
            label={t('manualEntries.reference')}
            hint={t('manualEntries.form.referenceHint')}
            registration={register('reference')}
            error={formState.errors.reference}
          />
        </Col>
        <Col xs={12} lg={6}>
          <TextField
            label={t('manualEntries.description')}
            registration={register('description')}
            error={formState.errors.description}
          />
        </Col>
        <Col xs={12} lg={6}>
          <TextField
            label={t('manualEntries.form.attachmentName')}
            hint={t('manualEntries.form.attachmentHint')}
            registration={register('attachmentName')}
            error={formState.errors.attachmentName}
          />
        </Col>
      </Row>

      <h2 className="h5 mt-2">{t('manualEntries.lines')}</h2>
      <ErrorAlert error={glAccounts.error} onRetry={() => void glAccounts.refetch()} />
      {fields.map((field, index) => {
        const errors = formState.errors.lines?.[index];
        return (
          <fieldset key={field.id} className="border rounded px-2 pt-1 mb-2">
            <legend className="float-none w-auto fs-6 px-1 mb-0 text-body-secondary">
              {t('manualEntries.form.line', { number: index + 1 })}
            </legend>
            <Row className="g-2 align-items-start">
              <Col xs={12} lg={4}>
                <SelectField
                  className="mb-2"
                  label={t('manualEntries.account')}
                  registration={register(`lines.${index}.glAccountId`)}
                  error={errors?.glAccountId}
                >
                  <option value="">{t('common.choose')}</option>
                  {GL_CLASSES.map((glClass) => {
                    const inClass = active.filter((account) => account.class === glClass);
                    return inClass.length === 0 ? null : (
                      <optgroup key={glClass} label={t(`glAccounts.classes.${glClass}`)}>
                        {inClass.map((account) => (
                          <option key={account.id} value={account.id}>
                            {account.code} — {account.name}
                          </option>
                        ))}
                      </optgroup>
                    );
                  })}
                </SelectField>
              </Col>
              <Col xs={6} lg={2}>
                <AmountField
                  className="mb-2"
                  currency={currency}
                  label={t('statement.debit')}
                  registration={register(`lines.${index}.debit`)}
                  error={errors?.debit}
                />
              </Col>
              <Col xs={6} lg={2}>
                <AmountField
                  className="mb-2"
                  currency={currency}
                  label={t('statement.credit')}
                  registration={register(`lines.${index}.credit`)}
                  error={errors?.credit}
                />
              </Col>
              <Col xs={12} sm lg={3}>
                <TextField
                  className="mb-2"
                  label={t('manualEntries.form.lineLabel')}
                  registration={register(`lines.${index}.label`)}
                  error={errors?.label}
                />
              </Col>
              <Col xs={12} sm="auto" lg={1} className="align-self-sm-end mb-2 text-end">
                <Button
                  variant="outline-danger"
                  size="sm"
                  disabled={fields.length <= 2}
                  onClick={() => remove(index)}
                  aria-label={t('manualEntries.form.removeLine', { number: index + 1 })}
                >
                  {t('common.delete')}
                </Button>
              </Col>
            </Row>
          </fieldset>
        );
      })}
      <Button variant="outline-primary" className="mb-3" onClick={() => append(emptyLine())} disabled={fields.length >= 100}>
        {t('manualEntries.form.addLine')}
      </Button>

      <EntryBalance totals={totals} currency={currency} />
      {threshold !== undefined && (
        <p className={aboveThreshold ? 'text-warning-emphasis' : 'text-body-secondary small'}>
          {t(aboveThreshold ? 'manualEntries.form.willWait' : 'manualEntries.form.thresholdHint', {
            threshold: money(threshold),
          })}
        </p>
      )}
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" disabled={!totals.balanced || create.isPending}>
          {t('manualEntries.form.submit')}
        </Button>
        <Link className="btn btn-outline-secondary" to={paths.manualEntries.getHref()}>
          {t('common.cancel')}
        </Link>
      </div>
    </Form>
  );
}
