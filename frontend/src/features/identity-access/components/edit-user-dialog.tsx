import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import type { User } from '@/features/identity-access/api/get-users';
import { updateUserInputSchema, useUpdateUser } from '@/features/identity-access/api/update-user';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = updateUserInputSchema.keyof().options;

export function EditUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const updateUser = useUpdateUser();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(updateUserInputSchema),
    defaultValues: { displayName: user.displayName, email: user.email ?? '', phoneNumber: user.phoneNumber ?? '' },
  });
  const { errors } = formState;

  const submit = handleSubmit((data) =>
    updateUser.mutate(
      { id: user.id, data },
      { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, FIELDS, setError) },
    ),
  );

  return (
    <FormDialog
      title={t('users.edit', { username: user.username })}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      isPending={updateUser.isPending}
      error={updateUser.error}
      inlineFields={FIELDS}
    >
      <TextField label={t('users.displayName')} registration={register('displayName')} error={errors.displayName} />
      <TextField label={t('users.email')} type="email" registration={register('email')} error={errors.email} />
      <TextField
        label={t('users.phoneNumber')}
        type="tel"
        registration={register('phoneNumber')}
        error={errors.phoneNumber}
      />
    </FormDialog>
  );
}
