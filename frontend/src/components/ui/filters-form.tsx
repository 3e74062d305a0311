import { zodResolver } from '@hookform/resolvers/zod';
import type { FormEventHandler, ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useForm, type FieldError, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { TextField } from '@/components/ui/form-fields';
import { optionalDateSchema } from '@/lib/validation';

type FiltersFormProps = {
  /** The form's accessible name, e.g. "Filters of the journal". */
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClear: () => void;
  /** The fields, each in a `Col`. */
  children: ReactNode;
};

/** Filters over a list, applied when submitted (one request on a slow connection), with a button to clear them. */
export function FiltersForm({ label, onSubmit, onClear, children }: FiltersFormProps) {
  const { t } = useTranslation();
  return (
    <Form
      noValidate
      aria-label={label}
      onSubmit={onSubmit}
      onReset={(event) => {
        event.preventDefault();
        onClear();
      }}
      className="mb-3 d-print-none"
    >
      <Row className="g-2 align-items-end">
        {children}
        <Col xs={12} lg="auto" className="d-flex gap-2">
          <Button type="submit">{t('common.filter')}</Button>
          <Button type="reset" variant="outline-secondary">
            {t('common.clear')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}

type Registered = { registration: UseFormRegisterReturn; error?: FieldError };

/** The two ends of a period ("from", "to"), side by side even on a phone. */
export function PeriodFields({ from, to }: { from: Registered; to: Registered }) {
  const { t } = useTranslation();
  return (
    <>
      <Col xs={6} lg>
        <TextField className="" type="date" label={t('common.from')} {...from} />
      </Col>
      <Col xs={6} lg>
        <TextField className="" type="date" label={t('common.to')} {...to} />
      </Col>
    </>
  );
}

const asOfSchema = z.object({ asOf: optionalDateSchema });

type AsOfFilterProps = {
  /** The form's accessible name, e.g. "Date of the trial balance". */
  label: string;
  /** The field's label, which says what blank means (usually today). */
  fieldLabel: string;
  /** The day chosen, or `undefined` once cleared. */
  onChange: (asOf: string | undefined) => void;
};

/** The day a report is computed as of. */
export function AsOfFilter({ label, fieldLabel, onChange }: AsOfFilterProps) {
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(asOfSchema),
    defaultValues: { asOf: '' },
  });
  return (
    <FiltersForm
      label={label}
      onSubmit={handleSubmit((data) => onChange(data.asOf))}
      onClear={() => {
        reset({ asOf: '' });
        onChange(undefined);
      }}
    >
      <Col xs={12} sm={6} lg={4}>
        <TextField
          className=""
          type="date"
          label={fieldLabel}
          registration={register('asOf')}
          error={formState.errors.asOf}
        />
      </Col>
    </FiltersForm>
  );
}
