import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';

import { DialogHeader } from '@/components/ui/dialog-header';
import { ErrorAlert } from '@/components/ui/error-alert';

type ConfirmDialogProps = {
  title: string;
  message: string;
  confirmLabel: string;
  variant?: 'danger' | 'primary';
  isPending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  variant = 'danger',
  isPending,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal show onHide={onCancel} centered>
      <DialogHeader title={title} />
      <Modal.Body>
        <p className="mb-0">{message}</p>
        <ErrorAlert error={error} className="mt-3 mb-0" />
      </Modal.Body>
      <Modal.Footer>
        <Button variant="outline-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button variant={variant} onClick={onConfirm} disabled={isPending}>
          {confirmLabel}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
