import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import type { GlAccount } from '@/features/accounting/api/get-gl-accounts';
import { renameGlAccountInputSchema, useRenameGlAccount } from '@/features/accounting/api/rename-gl-account';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = renameGlAccountInputSchema.keyof().options;

export function RenameGlAccountDialog({ glAccount, onClose }: { glAccount: GlAccount; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameGlAccount();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(renameGlAccountInputSchema),
    defaultValues: { name: glAccount.name },
  });

  const submit = handleSubmit((data) =>
    rename.mutate(
      { id: glAccount.id, data },
      { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, FIELDS, setError) },
    ),
  );

  return (
    <FormDialog
      title={t('glAccounts.renameTitle', { code: glAccount.code })}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      isPending={rename.isPending}
      error={rename.error}
      inlineFields={FIELDS}
    >
      <TextField label={t('glAccounts.name')} registration={register('name')} error={formState.errors.name} />
    </FormDialog>
  );
}
