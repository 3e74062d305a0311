import { zodResolver } from '@hookform/resolvers/zod';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-fields';
import { createBranchInputSchema, useCreateBranch } from '@/features/branches/api/create-branch';
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
    <Modal show onHide={onClose} centered>
      <Form noValidate onSubmit={submit}>
        <Modal.Header closeButton closeLabel={t('common.close')}>
          <Modal.Title as="h2" className="h5">
            {t('branches.new')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <ErrorAlert error={createBranch.error} inlineFields={FIELDS} />
          <TextField label={t('branches.code')} registration={register('code')} error={formState.errors.code} />
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
          <Button type="submit" disabled={createBranch.isPending}>
            {t('common.create')}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
