import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { CheckField, SelectField, TextField } from '@/components/ui/form-fields';
import type { BankStatementFormat } from '@/features/accounting/api/get-bank-statement-format';
import { useImportBankStatement } from '@/features/accounting/api/import-bank-statement';
import {
  bankStatementFormatInputSchema,
  STATEMENT_DATE_FORMATS,
  STATEMENT_DECIMAL_SEPARATORS,
  STATEMENT_DELIMITERS,
  useSaveBankStatementFormat,
  type BankStatementFormatInput,
} from '@/features/accounting/api/save-bank-statement-format';
import { setApiFieldErrors } from '@/lib/form-errors';

const COLUMN_FIELDS = ['dateColumn', 'labelColumn', 'amountColumn', 'debitColumn', 'creditColumn', 'referenceColumn'] as const;

function formValues(format: BankStatementFormat): BankStatementFormatInput {
  const text = (column: number | null | undefined) => (column == null ? '' : String(column));
  return {
    delimiter: format.delimiter as BankStatementFormatInput['delimiter'],
    hasHeader: format.hasHeader,
    dateColumn: text(format.dateColumn),
    labelColumn: text(format.labelColumn),
    amountMode: format.amountColumn == null ? 'debitCredit' : 'signed',
    amountColumn: text(format.amountColumn),
    debitColumn: text(format.debitColumn),
    creditColumn: text(format.creditColumn),
    referenceColumn: text(format.referenceColumn),
    dateFormat: format.dateFormat as BankStatementFormatInput['dateFormat'],
    decimalSeparator: format.decimalSeparator as BankStatementFormatInput['decimalSeparator'],
  };
}

/**
 * The bank's column mapping (saved once, changed when the bank changes its files) and the import of a statement file.
 * A file whose rows do not fit is refused whole; its bad lines are listed.
 */
export function BankStatementImport({ glAccountId, format }: { glAccountId: string; format: BankStatementFormat }) {
  const { t } = useTranslation();
  const save = useSaveBankStatementFormat(glAccountId);
  const importing = useImportBankStatement(glAccountId);
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { register, handleSubmit, control, setError, formState } = useForm<BankStatementFormatInput, unknown, Parameters<typeof save.mutate>[0]>({
    resolver: zodResolver(bankStatementFormatInputSchema),
    values: formValues(format),
  });
  const signed = useWatch({ control, name: 'amountMode' }) === 'signed';
  const column = (name: (typeof COLUMN_FIELDS)[number]) => (
    <Col xs={6} md={4} key={name}>
      <TextField
        label={t(`bankReconciliation.format.${name}`)}
        inputMode="numeric"
        registration={register(name)}
        error={formState.errors[name]}
      />
    </Col>
  );

  const onSave = handleSubmit((data) =>
    save.mutate(data, { onError: (error) => setApiFieldErrors(error, [...COLUMN_FIELDS], setError) }),
  );
  const onImport = () => {
    if (!file) return;
    importing.mutate(file, {
      onSuccess: () => {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
      },
    });
  };

  return (
    <Card className="mb-4">
      <Card.Body>
        <Card.Title as="h2" className="h5">
          {t('bankReconciliation.import.title')}
        </Card.Title>
        <details open={!format.isSaved} className="mb-3">
          <summary>{format.isSaved ? t('bankReconciliation.format.saved') : t('bankReconciliation.format.notSaved')}</summary>
          <Form noValidate onSubmit={onSave} aria-label={t('bankReconciliation.format.title')} className="mt-2">
            <Row>
              <Col xs={6} md={4}>
                <SelectField label={t('bankReconciliation.format.delimiter')} registration={register('delimiter')}>
                  {STATEMENT_DELIMITERS.map((d) => (
                    <option key={d} value={d}>
                      {t(`bankReconciliation.format.delimiters.${d === '\t' ? 'tab' : d === ';' ? 'semicolon' : d === ',' ? 'comma' : 'pipe'}`)}
                    </option>
                  ))}
                </SelectField>
              </Col>
              <Col xs={6} md={4}>
                <SelectField label={t('bankReconciliation.format.dateFormat')} registration={register('dateFormat')}>
                  {STATEMENT_DATE_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </SelectField>
              </Col>
              <Col xs={6} md={4}>
                <SelectField label={t('bankReconciliation.format.decimalSeparator')} registration={register('decimalSeparator')}>
                  {STATEMENT_DECIMAL_SEPARATORS.map((s) => (
                    <option key={s} value={s}>
                      {s === ',' ? t('bankReconciliation.format.comma') : t('bankReconciliation.format.point')}
                    </option>
                  ))}
                </SelectField>
              </Col>
              <Col xs={6} md={4}>
                <SelectField label={t('bankReconciliation.format.amountMode')} registration={register('amountMode')}>
                  <option value="signed">{t('bankReconciliation.format.signed')}</option>
                  <option value="debitCredit">{t('bankReconciliation.format.debitCredit')}</option>
                </SelectField>
              </Col>
              {column('dateColumn')}
              {column('labelColumn')}
              {signed ? column('amountColumn') : [column('debitColumn'), column('creditColumn')]}
              {column('referenceColumn')}
            </Row>
            <CheckField label={t('bankReconciliation.format.hasHeader')} registration={register('hasHeader')} />
            <ErrorAlert error={save.error} inlineFields={COLUMN_FIELDS} />
            <Button type="submit" variant="outline-primary" disabled={save.isPending}>
              {t('bankReconciliation.format.save')}
            </Button>
          </Form>
        </details>
        {format.isSaved && (
          <div className="d-flex flex-wrap align-items-end gap-2">
            <Form.Group controlId="bank-statement-file" className="flex-grow-1">
              <Form.Label>{t('bankReconciliation.import.file')}</Form.Label>
              <Form.Control
                ref={fileInput}
                type="file"
                accept=".csv,.txt,text/csv"
                onChange={(event) => setFile((event.target as HTMLInputElement).files?.[0] ?? null)}
              />
            </Form.Group>
            <Button onClick={onImport} disabled={!file || importing.isPending}>
              {t('bankReconciliation.import.submit')}
            </Button>
          </div>
        )}
        <ErrorAlert error={importing.error} className="mt-3" />
        {importing.data && (
          <Alert variant="success" className="mt-3 mb-0" role="status">
            {t('bankReconciliation.import.done', {
              count: importing.data.lineCount,
              fresh: importing.data.newLineCount,
              known: importing.data.alreadyImportedCount,
            })}
          </Alert>
        )}
      </Card.Body>
    </Card>
  );
}
