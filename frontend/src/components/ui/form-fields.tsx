import { useId, type ReactNode } from 'react';
import Form from 'react-bootstrap/Form';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { currencyLabel } from '@/lib/format';

type FieldProps = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  className?: string;
};

/**
 * Client-side messages are translation keys (from the zod schemas); the API's messages are shown as sent.
 * Under a control that is not a sibling (a group of radio buttons), `className="d-block"` shows it.
 */
export function FieldFeedback({ id, error, className }: { id?: string; error?: FieldError; className?: string }) {
  const { t } = useTranslation();
  if (!error?.message) return null;
  return (
    <Form.Control.Feedback id={id} type="invalid" className={className}>
      {error.type === 'server' ? error.message : t(error.message)}
    </Form.Control.Feedback>
  );
}

/** The label, the invalid state, the message and the hint of a field, wired for screen readers. */
function useFieldA11y(error: FieldError | undefined, hasHint = false) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error && errorId, hasHint && hintId].filter(Boolean).join(' ');
  return {
    id,
    errorId,
    hintId,
    controlProps: { isInvalid: !!error, 'aria-invalid': !!error, 'aria-describedby': describedBy || undefined },
  };
}

type TextFieldProps = FieldProps & {
  type?: 'text' | 'password' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  /** The keyboard a phone shows, e.g. digits for an amount. */
  inputMode?: 'numeric' | 'decimal';
  /** What the field accepts (e.g. the bounds of a product), under it. */
  hint?: string;
  /** Shown and sent, but fixed (e.g. an amount the product sets). */
  readOnly?: boolean;
};

export function TextField({ label, registration, error, className = 'mb-3', hint, ...inputProps }: TextFieldProps) {
  const { id, errorId, hintId, controlProps } = useFieldA11y(error, !!hint);
  return (
    <Form.Group className={className} controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Control
        {...registration}
        {...inputProps}
        {...controlProps}
        className={inputProps.readOnly ? 'bg-body-tertiary' : undefined}
      />
      <FieldFeedback id={errorId} error={error} />
      {hint && <Form.Text id={hintId}>{hint}</Form.Text>}
    </Form.Group>
  );
}

type AmountFieldProps = Omit<FieldProps, 'label'> & {
  currency: string;
  label?: string;
  hint?: string;
  readOnly?: boolean;
};

/** An amount of money, typed on a phone's digit keyboard; labelled with its currency ("Montant (FCFA)"). */
export function AmountField({ currency, label, ...props }: AmountFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('common.inCurrency', { label: label ?? t('operations.amount'), currency: currencyLabel(currency) })}
      inputMode="numeric"
      autoComplete="off"
      {...props}
    />
  );
}

type SelectFieldProps = FieldProps & { children: ReactNode };

export function SelectField({ label, registration, error, className = 'mb-3', children }: SelectFieldProps) {
  const { id, errorId, controlProps } = useFieldA11y(error);
  return (
    <Form.Group className={className} controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Select {...registration} {...controlProps}>
        {children}
      </Form.Select>
      <FieldFeedback id={errorId} error={error} />
    </Form.Group>
  );
}

/** A yes/no field (nothing the user can get wrong, so no message). */
export function CheckField({ label, registration, className = 'mb-3' }: Omit<FieldProps, 'error'>) {
  const id = useId();
  return <Form.Check className={className} id={id} type="checkbox" label={label} {...registration} />;
}

type InlineChoiceProps = {
  legend: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
};

/** A few exclusive choices side by side (e.g. collect « par jours » or « par montant »), as radio buttons in a fieldset. */
export function InlineChoiceField({ legend, registration, options }: InlineChoiceProps) {
  const id = useId();
  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1">{legend}</legend>
      {options.map((option) => (
        <Form.Check key={option.value} inline type="radio" id={`${id}-${option.value}`} value={option.value} label={option.label} {...registration} />
      ))}
    </fieldset>
  );
}
