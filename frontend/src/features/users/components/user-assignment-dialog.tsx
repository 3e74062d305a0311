import { zodResolver } from '@hookform/resolvers/zod';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/form-fields';
import type { User } from '@/features/users/api/get-users';
import { updateUserAssignmentInputSchema, useUpdateUserAssignment } from '@/features/users/api/update-user-assignment';
import { BranchOptions, RoleOptions, type BranchOption } from '@/features/users/components/user-select-options';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = updateUserAssignmentInputSchema.keyof().options;

type UserAssignmentDialogProps = { user: User; branches: readonly BranchOption[]; onClose: () => void };

export function UserAssignmentDialog({ user, branches, onClose }: UserAssignmentDialogProps) {
  const { t } = useTranslation();
  const updateAssignment = useUpdateUserAssignment();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(updateUserAssignmentInputSchema),
    defaultValues: { role: user.role, branchId: user.branchId ?? '' },
  });

  const submit = handleSubmit((data) =>
    updateAssignment.mutate(
      { id: user.id, data },
      { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, FIELDS, setError) },
    ),
  );

  return (
    <Modal show onHide={onClose} centered>
      <Form noValidate onSubmit={submit}>
        <Modal.Header closeButton closeLabel={t('common.close')}>
          <Modal.Title as="h2" className="h5">
            {t('users.assignmentTitle', { username: user.username })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <ErrorAlert error={updateAssignment.error} inlineFields={FIELDS} />
          <SelectField label={t('users.role')} registration={register('role')} error={formState.errors.role}>
            <RoleOptions />
          </SelectField>
          <SelectField label={t('users.branch')} registration={register('branchId')} error={formState.errors.branchId}>
            <BranchOptions branches={branches} />
          </SelectField>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={updateAssignment.isPending}>
            {t('common.save')}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
