import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { createBranchInputSchema, useCreateBranch } from '@/features/identity-access/api/create-branch';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = createBranchInputSchema.keyof().options;

export function CreateBranchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const createBranch = useCreateBranch();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(createBranchInputSchema),
    defaultValues: { code: '', name: '', address: '' },
  });

  const submit = handleSubmit((data) =>
    createBranch.mutate(data, {
      onSuccess: onClose,
      onError: (error) => setApiFieldErrors(error, FIELDS, setError),
    }),
  );

  return (
    <FormDialog
      title={t('branches.new')}
      submitLabel={t('common.create')}
      onClose={onClose}
      onSubmit={submit}
      isPending={createBranch.isPending}
      error={createBranch.error}
      inlineFields={FIELDS}
    >
      <TextField label={t('branches.code')} registration={register('code')} error={formState.errors.code} />
      <TextField label={t('branches.name')} registration={register('name')} error={formState.errors.name} />
      <TextField label={t('branches.address')} registration={register('address')} error={formState.errors.address} />
    </FormDialog>
  );
}
