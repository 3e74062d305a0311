import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { EnumOptions } from '@/components/ui/select-options';
import { createGlAccountInputSchema, useCreateGlAccount } from '@/features/accounting/api/create-gl-account';
import { GL_ACCOUNT_TYPES } from '@/features/accounting/api/get-gl-accounts';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = createGlAccountInputSchema.keyof().options;

export function CreateGlAccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const createGlAccount = useCreateGlAccount();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(createGlAccountInputSchema),
    defaultValues: { code: '', type: GL_ACCOUNT_TYPES[0], name: '' },
  });

  const submit = handleSubmit((data) =>
    createGlAccount.mutate(data, {
      onSuccess: onClose,
      onError: (error) => setApiFieldErrors(error, FIELDS, setError),
    }),
  );

  return (
    <FormDialog
      title={t('glAccounts.new')}
      submitLabel={t('common.create')}
      onClose={onClose}
      onSubmit={submit}
      isPending={createGlAccount.isPending}
      error={createGlAccount.error}
      inlineFields={FIELDS}
    >
      <TextField
        label={t('glAccounts.code')}
        registration={register('code')}
        error={formState.errors.code}
        inputMode="numeric"
      />
      <TextField label={t('glAccounts.name')} registration={register('name')} error={formState.errors.name} />
      <SelectField label={t('glAccounts.type')} registration={register('type')} error={formState.errors.type}>
        <EnumOptions values={GL_ACCOUNT_TYPES} labelKey="glAccountTypes" />
      </SelectField>
    </FormDialog>
  );
}
