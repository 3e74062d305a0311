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

/** Client-side messages are translation keys (from the zod schemas); the API's messages are shown as sent. */
function FieldFeedback({ error }: { error?: FieldError }) {
  const { t } = useTranslation();
  if (!error?.message) return null;
  return (
    <Form.Control.Feedback type="invalid">
      {error.type === 'server' ? error.message : t(error.message)}
    </Form.Control.Feedback>
  );
}

type TextFieldProps = FieldProps & {
  type?: 'text' | 'password' | 'email' | 'tel' | 'date' | 'search';
  autoComplete?: string;
  placeholder?: string;
};

export function TextField({ label, registration, error, className = 'mb-3', ...inputProps }: TextFieldProps) {
  const id = useId();
  return (
    <Form.Group className={className} controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Control {...registration} {...inputProps} isInvalid={!!error} />
      <FieldFeedback error={error} />
    </Form.Group>
  );
}

type SelectFieldProps = FieldProps & { children: ReactNode };

export function SelectField({ label, registration, error, className = 'mb-3', children }: SelectFieldProps) {
  const id = useId();
  return (
    <Form.Group className={className} controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Select {...registration} isInvalid={!!error}>
        {children}
      </Form.Select>
      <FieldFeedback error={error} />
    </Form.Group>
  );
}
