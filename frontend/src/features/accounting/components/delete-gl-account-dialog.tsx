import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDeleteGlAccount } from '@/features/accounting/api/delete-gl-account';
import type { GlAccount } from '@/features/accounting/api/get-gl-accounts';

/** An account with postings or mapped to a product cannot go: the API's refusal shows in the dialog. */
export function DeleteGlAccountDialog({ glAccount, onClose }: { glAccount: GlAccount; onClose: () => void }) {
  const { t } = useTranslation();
  const deleteGlAccount = useDeleteGlAccount();
  return (
    <ConfirmDialog
      title={t('glAccounts.deleteTitle')}
      message={t('glAccounts.deleteConfirm', { code: glAccount.code, name: glAccount.name })}
      confirmLabel={t('common.delete')}
      isPending={deleteGlAccount.isPending}
      error={deleteGlAccount.error}
      onCancel={onClose}
      onConfirm={() => deleteGlAccount.mutate(glAccount.id, { onSuccess: onClose })}
    />
  );
}
