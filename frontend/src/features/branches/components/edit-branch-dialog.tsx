import { zodResolver } from '@hookform/resolvers/zod';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-fields';
import type { Branch } from '@/features/branches/api/get-branches';
import { updateBranchInputSchema, useUpdateBranch } from '@/features/branches/api/update-branch';
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
    <Modal show onHide={onClose} centered>
      <Form noValidate onSubmit={submit}>
        <Modal.Header closeButton closeLabel={t('common.close')}>
          <Modal.Title as="h2" className="h5">
            {t('branches.edit', { code: branch.code })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <ErrorAlert error={updateBranch.error} inlineFields={FIELDS} />
          <TextField label={t('branches.name')} registration={register('name')} error={formState.errors.name} />
          <TextField
            label={t('branches.address')}
            registration={register('address')}
            error={formState.errors.address}
          />
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={updateBranch.isPending}>
            {t('common.save')}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
