import { useId, type ReactNode } from 'react';
import Form from 'react-bootstrap/Form';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

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

/** The label, the invalid state and the message of a field, wired for screen readers. */
function useFieldA11y(error: FieldError | undefined) {
  const id = useId();
  const errorId = `${id}-error`;
  return {
    id,
    errorId,
    controlProps: { isInvalid: !!error, 'aria-invalid': !!error, 'aria-describedby': error ? errorId : undefined },
  };
}

type TextFieldProps = FieldProps & {
  type?: 'text' | 'password' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  /** The keyboard a phone shows, e.g. digits for an amount. */
  inputMode?: 'numeric' | 'decimal';
};

export function TextField({ label, registration, error, className = 'mb-3', ...inputProps }: TextFieldProps) {
  const { id, errorId, controlProps } = useFieldA11y(error);
  return (
    <Form.Group className={className} controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Control {...registration} {...inputProps} {...controlProps} />
      <FieldFeedback id={errorId} error={error} />
    </Form.Group>
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
