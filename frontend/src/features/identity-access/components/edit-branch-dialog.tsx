import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import type { Branch } from '@/features/identity-access/api/get-branches';
import { updateBranchInputSchema, useUpdateBranch } from '@/features/identity-access/api/update-branch';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = updateBranchInputSchema.keyof().options;

export function EditBranchDialog({ branch, onClose }: { branch: Branch; onClose: () => void }) {
  const { t } = useTranslation();
  const updateBranch = useUpdateBranch();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(updateBranchInputSchema),
    defaultValues: { name: branch.name, address: branch.address ?? '' },
  });

  const submit = handleSubmit((data) =>
    updateBranch.mutate(
      { id: branch.id, data },
      { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, FIELDS, setError) },
    ),
  );

  return (
    <FormDialog
      title={t('branches.edit', { code: branch.code })}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      isPending={updateBranch.isPending}
      error={updateBranch.error}
      inlineFields={FIELDS}
    >
      <TextField label={t('branches.name')} registration={register('name')} error={formState.errors.name} />
      <TextField label={t('branches.address')} registration={register('address')} error={formState.errors.address} />
    </FormDialog>
  );
}
