import { zodResolver } from '@hookform/resolvers/zod';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-fields';
import type { User } from '@/features/users/api/get-users';
import { updateUserInputSchema, useUpdateUser } from '@/features/users/api/update-user';
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
    <Modal show onHide={onClose} centered>
      <Form noValidate onSubmit={submit}>
        <Modal.Header closeButton closeLabel={t('common.close')}>
          <Modal.Title as="h2" className="h5">
            {t('users.edit', { username: user.username })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <ErrorAlert error={updateUser.error} inlineFields={FIELDS} />
          <TextField label={t('users.displayName')} registration={register('displayName')} error={errors.displayName} />
          <TextField label={t('users.email')} type="email" registration={register('email')} error={errors.email} />
          <TextField
            label={t('users.phoneNumber')}
            type="tel"
            registration={register('phoneNumber')}
            error={errors.phoneNumber}
          />
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={updateUser.isPending}>
            {t('common.save')}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
