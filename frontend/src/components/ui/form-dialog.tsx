import { useEffect, useId, useRef, type FormEventHandler, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';

import { DialogHeader } from '@/components/ui/dialog-header';
import { ErrorAlert } from '@/components/ui/error-alert';

type FormDialogProps = {
  title: string;
  /** The label of the submit button, e.g. "Create" or "Save". */
  submitLabel: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  isPending: boolean;
  /** The failed call, if any: shown above the fields. */
  error: unknown;
  /** Fields whose validation messages the form already shows inline. */
  inlineFields?: readonly string[];
  /** Once set, the dialog shows this message in place of the fields and offers only to close. */
  successMessage?: string;
  /** `lg` for a long form, whose fields then sit two by two. */
  size?: 'lg';
  /** The fields. */
  children: ReactNode;
};

/** A modal form: its title, the failed call's error above the fields, then Cancel and a submit button. */
export function FormDialog({
  title,
  submitLabel,
  onClose,
  onSubmit,
  isPending,
  error,
  inlineFields,
  successMessage,
  size,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorRef = useRef<HTMLDivElement>(null);
  // Above the fields, a refusal of a long form would otherwise go unseen by whoever submitted from its bottom.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [error]);
  return (
    <Modal aria-labelledby={titleId} show onHide={onClose} centered size={size}>
      <Form noValidate onSubmit={onSubmit}>
        <DialogHeader id={titleId} title={title} />
        <Modal.Body>
          {successMessage ? (
            <Alert variant="success" className="mb-0">
              {successMessage}
            </Alert>
          ) : (
            <>
              <div ref={errorRef}>
                <ErrorAlert error={error} inlineFields={inlineFields} />
              </div>
              {children}
            </>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t(successMessage ? 'common.close' : 'common.cancel')}
          </Button>
          {!successMessage && (
            <Button type="submit" disabled={isPending}>
              {submitLabel}
            </Button>
          )}
        </Modal.Footer>
      </Form>
    </Modal>
  );
}

type RecordFormDialogProps = Omit<FormDialogProps, 'submitLabel' | 'isPending' | 'error' | 'size'> & {
  /** Whether a record is edited ("Save") rather than created ("Create"). */
  editing: boolean;
  /** The call that saves: the dialog waits for it and shows its failure. */
  mutation: { isPending: boolean; error: unknown };
};

/** The long form of a record (a client, a product) that creates it or edits it. */
export function RecordFormDialog({ editing, mutation, ...props }: RecordFormDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog
      submitLabel={t(editing ? 'common.save' : 'common.create')}
      isPending={mutation.isPending}
      error={mutation.error}
      size="lg"
      {...props}
    />
  );
}
