import { useId, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';

import { DialogHeader } from '@/components/ui/dialog-header';

type NoticeDialogProps = {
  title: string;
  variant: 'success' | 'warning';
  children: ReactNode;
  onClose: () => void;
};

/** The outcome of an operation that the user must read before going on; only a button to close. */
export function NoticeDialog({ title, variant, children, onClose }: NoticeDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal aria-labelledby={titleId} show onHide={onClose} centered>
      <DialogHeader id={titleId} title={title} />
      <Modal.Body>
        <Alert variant={variant} className="mb-0" role="status">
          {children}
        </Alert>
      </Modal.Body>
      <Modal.Footer>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Modal.Footer>
    </Modal>
  );
}
