import { useId, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';

import { DialogHeader } from '@/components/ui/dialog-header';
import { ErrorAlert } from '@/components/ui/error-alert';

type ConfirmDialogProps = {
  title: string;
  message: string;
  /** What is to be confirmed, in detail, under the message. */
  children?: ReactNode;
  confirmLabel: string;
  /** "Cancel" unless said otherwise (e.g. "Back" to change the operation). */
  cancelLabel?: string;
  variant?: 'danger' | 'primary';
  isPending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({
  title,
  message,
  children,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
  isPending,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal aria-labelledby={titleId} show onHide={onCancel} centered>
      <DialogHeader id={titleId} title={title} />
      <Modal.Body>
        <p className="mb-0">{message}</p>
        {children}
        <ErrorAlert error={error} className="mt-3 mb-0" />
      </Modal.Body>
      <Modal.Footer>
        <Button variant="outline-secondary" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
        <Button variant={variant} onClick={onConfirm} disabled={isPending}>
          {confirmLabel}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
