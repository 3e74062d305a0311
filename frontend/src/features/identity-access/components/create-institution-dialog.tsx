import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { createInstitutionInputSchema, useCreateInstitution } from '@/features/identity-access/api/create-institution';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = createInstitutionInputSchema.keyof().options;

export function CreateInstitutionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const createInstitution = useCreateInstitution();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(createInstitutionInputSchema),
    defaultValues: {
      name: '',
      code: '',
      currencyCode: 'XOF',
      timeZone: 'Africa/Abidjan',
      adminUsername: '',
      adminDisplayName: '',
      adminEmail: '',
      adminPassword: '',
    },
  });
  const { errors } = formState;

  const submit = handleSubmit((data) =>
    createInstitution.mutate(data, {
      onSuccess: onClose,
      onError: (error) => setApiFieldErrors(error, FIELDS, setError),
    }),
  );

  return (
    <FormDialog
      title={t('institutions.new')}
      submitLabel={t('common.create')}
      onClose={onClose}
      onSubmit={submit}
      isPending={createInstitution.isPending}
      error={createInstitution.error}
      inlineFields={FIELDS}
    >
      <TextField label={t('institutions.name')} registration={register('name')} error={errors.name} />
      <TextField label={t('institutions.code')} registration={register('code')} error={errors.code} />
      <TextField
        label={t('institutions.currencyCode')}
        registration={register('currencyCode')}
        error={errors.currencyCode}
      />
      <TextField label={t('institutions.timeZone')} registration={register('timeZone')} error={errors.timeZone} />
      <fieldset>
        <legend className="h6">{t('institutions.firstAdmin')}</legend>
        <TextField
          label={t('users.username')}
          registration={register('adminUsername')}
          error={errors.adminUsername}
          autoComplete="off"
        />
        <TextField
          label={t('users.displayName')}
          registration={register('adminDisplayName')}
          error={errors.adminDisplayName}
        />
        <TextField
          label={t('users.email')}
          type="email"
          registration={register('adminEmail')}
          error={errors.adminEmail}
        />
        <TextField
          label={t('users.initialPassword')}
          type="password"
          registration={register('adminPassword')}
          error={errors.adminPassword}
          autoComplete="new-password"
        />
      </fieldset>
    </FormDialog>
  );
}
