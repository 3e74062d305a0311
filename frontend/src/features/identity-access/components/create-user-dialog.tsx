import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { createUserInputSchema, useCreateUser } from '@/features/identity-access/api/create-user';
import { BranchOptions, RoleOptions, type BranchOption } from '@/features/identity-access/components/user-select-options';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = createUserInputSchema.keyof().options;

type CreateUserDialogProps = { branches: readonly BranchOption[]; onClose: () => void };

export function CreateUserDialog({ branches, onClose }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const createUser = useCreateUser();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(createUserInputSchema),
    defaultValues: {
      username: '',
      displayName: '',
      email: '',
      phoneNumber: '',
      role: 'Agent',
      branchId: '',
      password: '',
    },
  });
  const { errors } = formState;

  const submit = handleSubmit((data) =>
    createUser.mutate(data, {
      onSuccess: onClose,
      onError: (error) => setApiFieldErrors(error, FIELDS, setError),
    }),
  );

  return (
    <FormDialog
      title={t('users.new')}
      submitLabel={t('common.create')}
      onClose={onClose}
      onSubmit={submit}
      isPending={createUser.isPending}
      error={createUser.error}
      inlineFields={FIELDS}
    >
      <TextField
        label={t('users.username')}
        registration={register('username')}
        error={errors.username}
        autoComplete="off"
      />
      <TextField label={t('users.displayName')} registration={register('displayName')} error={errors.displayName} />
      <TextField label={t('users.email')} type="email" registration={register('email')} error={errors.email} />
      <TextField
        label={t('users.phoneNumber')}
        type="tel"
        registration={register('phoneNumber')}
        error={errors.phoneNumber}
      />
      <SelectField label={t('users.role')} registration={register('role')} error={errors.role}>
        <RoleOptions />
      </SelectField>
      <SelectField label={t('users.branch')} registration={register('branchId')} error={errors.branchId}>
        <BranchOptions branches={branches} />
      </SelectField>
      <TextField
        label={t('users.initialPassword')}
        type="password"
        registration={register('password')}
        error={errors.password}
        autoComplete="new-password"
      />
    </FormDialog>
  );
}
