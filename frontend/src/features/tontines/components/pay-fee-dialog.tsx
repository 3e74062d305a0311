import { useId, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DialogHeader } from '@/components/ui/dialog-header';
import { paths } from '@/config/paths';
import type { Adhesion } from '@/features/tontines/api/get-adhesions';
import { usePayAdhesionFee } from '@/features/tontines/api/pay-adhesion-fee';

type PayFeeDialogProps = { adhesion: Adhesion; fee: string; onClose: () => void };

/**
 * The adhesion fee received in cash, once confirmed (one idempotency key for the dialog, whatever the retries); then
 * the news that the client takes part, with the way to the participant's booklet.
 */
export function PayFeeDialog({ adhesion, fee, onClose }: PayFeeDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const pay = usePayAdhesionFee();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const paid = pay.data;

  if (paid) {
    return (
      <Modal aria-labelledby={titleId} show onHide={onClose} centered>
        <DialogHeader id={titleId} title={t('tontines.adhesions.feePaidTitle')} />
        <Modal.Body>
          <Alert variant="success" className="mb-0" role="status">
            {t('tontines.adhesions.feePaidMessage', { fee, name: paid.clientName, tontine: paid.tontineName })}
          </Alert>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t('common.close')}
          </Button>
          {paid.participantId && (
            <Link to={paths.tontineParticipant.getHref(paid.participantId)} className="btn btn-primary">
              {t('tontines.adhesions.openParticipant')}
            </Link>
          )}
        </Modal.Footer>
      </Modal>
    );
  }

  return (
    <ConfirmDialog
      title={t('tontines.adhesions.payFeeTitle')}
      message={t('tontines.adhesions.payFeeConfirm', { fee, name: adhesion.clientName, tontine: adhesion.tontineName })}
      confirmLabel={t('tontines.adhesions.payFeeSubmit')}
      variant="primary"
      isPending={pay.isPending}
      error={pay.error}
      onCancel={onClose}
      onConfirm={() => pay.mutate({ id: adhesion.id, idempotencyKey })}
    />
  );
}
