import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import type { User } from '@/features/identity-access/api/get-users';
import { resetUserPasswordInputSchema, useResetUserPassword } from '@/features/identity-access/api/reset-user-password';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = ['newPassword'] as const;

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const resetPassword = useResetUserPassword();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(resetUserPasswordInputSchema),
    defaultValues: { newPassword: '', confirmPassword: '' },
  });

  const submit = handleSubmit((data) =>
    resetPassword.mutate({ id: user.id, data }, { onError: (error) => setApiFieldErrors(error, FIELDS, setError) }),
  );

  return (
    <FormDialog
      title={t('users.resetPasswordTitle', { username: user.username })}
      submitLabel={t('users.resetPassword')}
      onClose={onClose}
      onSubmit={submit}
      isPending={resetPassword.isPending}
      error={resetPassword.error}
      inlineFields={FIELDS}
      successMessage={resetPassword.isSuccess ? t('users.passwordReset') : undefined}
    >
      <TextField
        label={t('users.newPassword')}
        type="password"
        registration={register('newPassword')}
        error={formState.errors.newPassword}
        autoComplete="new-password"
      />
      <TextField
        label={t('users.confirmPassword')}
        type="password"
        registration={register('confirmPassword')}
        error={formState.errors.confirmPassword}
        autoComplete="new-password"
      />
    </FormDialog>
  );
}
