import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import type { Adhesion } from '@/features/tontines/api/get-adhesions';
import { useRejectAdhesion } from '@/features/tontines/api/reject-adhesion';
import { useValidateAdhesion } from '@/features/tontines/api/validate-adhesion';

type AdhesionDialogProps = { adhesion: Adhesion; amount: string; onClose: () => void };

/** Accepts the request once confirmed: the client may then pay the adhesion fee. */
export function ValidateAdhesionDialog({ adhesion, amount, onClose }: AdhesionDialogProps) {
  const { t } = useTranslation();
  const validate = useValidateAdhesion();
  return (
    <ConfirmDialog
      title={t('tontines.adhesions.validateTitle')}
      message={t('tontines.adhesions.validateConfirm', {
        name: adhesion.clientName,
        tontine: adhesion.tontineName,
        amount,
      })}
      confirmLabel={t('tontines.adhesions.validate')}
      variant="primary"
      isPending={validate.isPending}
      error={validate.error}
      onCancel={onClose}
      onConfirm={() => validate.mutate(adhesion.id, { onSuccess: onClose })}
    />
  );
}

export function RejectAdhesionDialog({ adhesion, amount, onClose }: AdhesionDialogProps) {
  const { t } = useTranslation();
  const reject = useRejectAdhesion();
  return (
    <ReasonDialog
      title={t('tontines.adhesions.rejectTitle')}
      message={t('tontines.adhesions.rejectMessage', { name: adhesion.clientName, tontine: adhesion.tontineName, amount })}
      label={t('tontines.adhesions.reason')}
      submitLabel={t('tontines.adhesions.reject')}
      isPending={reject.isPending}
      error={reject.error}
      onSubmit={(data, onError) => reject.mutate({ id: adhesion.id, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}
