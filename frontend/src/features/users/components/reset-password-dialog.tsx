import { zodResolver } from '@hookform/resolvers/zod';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-fields';
import type { User } from '@/features/users/api/get-users';
import { resetUserPasswordInputSchema, useResetUserPassword } from '@/features/users/api/reset-user-password';
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
    <Modal show onHide={onClose} centered>
      <Form noValidate onSubmit={submit}>
        <Modal.Header closeButton closeLabel={t('common.close')}>
          <Modal.Title as="h2" className="h5">
            {t('users.resetPasswordTitle', { username: user.username })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {resetPassword.isSuccess ? (
            <Alert variant="success" className="mb-0">
              {t('users.passwordReset')}
            </Alert>
          ) : (
            <>
              <ErrorAlert error={resetPassword.error} inlineFields={FIELDS} />
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
            </>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t(resetPassword.isSuccess ? 'common.close' : 'common.cancel')}
          </Button>
          {!resetPassword.isSuccess && (
            <Button type="submit" disabled={resetPassword.isPending}>
              {t('users.resetPassword')}
            </Button>
          )}
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
