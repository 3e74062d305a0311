import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField } from '@/components/ui/form-fields';
import type { User } from '@/features/identity-access/api/get-users';
import { updateUserAssignmentInputSchema, useUpdateUserAssignment } from '@/features/identity-access/api/update-user-assignment';
import { BranchOptions, RoleOptions, type BranchOption } from '@/features/identity-access/components/user-select-options';
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
    <FormDialog
      title={t('users.assignmentTitle', { username: user.username })}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      isPending={updateAssignment.isPending}
      error={updateAssignment.error}
      inlineFields={FIELDS}
    >
      <SelectField label={t('users.role')} registration={register('role')} error={formState.errors.role}>
        <RoleOptions />
      </SelectField>
      <SelectField label={t('users.branch')} registration={register('branchId')} error={formState.errors.branchId}>
        <BranchOptions branches={branches} />
      </SelectField>
    </FormDialog>
  );
}
