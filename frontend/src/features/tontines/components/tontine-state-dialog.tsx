import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useCloseTontine } from '@/features/tontines/api/close-tontine';
import type { Tontine } from '@/features/tontines/api/get-tontines';
import { useOpenTontine } from '@/features/tontines/api/open-tontine';

type TontineStateDialogProps = { action: 'open' | 'close'; tontine: Tontine; onClose: () => void };

/** Opens a draft to adhesions (its cycle then fixed), or closes an open tontine: each once confirmed. */
export function TontineStateDialog({ action, tontine, onClose }: TontineStateDialogProps) {
  const { t } = useTranslation();
  const openTontine = useOpenTontine();
  const closeTontine = useCloseTontine();
  const mutation = action === 'open' ? openTontine : closeTontine;
  return (
    <ConfirmDialog
      title={t(`tontines.${action}Title`, { name: tontine.name })}
      message={t(`tontines.${action}Confirm`, { name: tontine.name, code: tontine.code, days: tontine.cycleLengthDays })}
      confirmLabel={t(`tontines.actions.${action}`)}
      variant={action === 'open' ? 'primary' : 'danger'}
      isPending={mutation.isPending}
      error={mutation.error}
      onCancel={onClose}
      onConfirm={() => mutation.mutate(tontine.id, { onSuccess: onClose })}
    />
  );
}
