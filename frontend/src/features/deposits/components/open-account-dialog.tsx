import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField } from '@/components/ui/form-fields';
import { NamedOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import { openAccountInputSchema, useOpenAccount } from '@/features/deposits/api/open-account';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = openAccountInputSchema.keyof().options;

type OpenAccountDialogProps = {
  clientId: string;
  /** The active deposit products, named for the choice. */
  products: readonly { id: string; name: string }[];
  onClose: () => void;
};

/** Asks for an account for the client, then opens the account's page. */
export function OpenAccountDialog({ clientId, products, onClose }: OpenAccountDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openAccount = useOpenAccount();
  // One key for this request, whatever the retries.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(openAccountInputSchema),
    defaultValues: { productId: '' },
  });

  const submit = handleSubmit((data) =>
    openAccount.mutate(
      { clientId, data, idempotencyKey },
      {
        onSuccess: (account) => void navigate(paths.account.getHref(account.id)),
        onError: (error) => setApiFieldErrors(error, FIELDS, setError),
      },
    ),
  );

  return (
    <FormDialog
      title={t('accounts.open')}
      submitLabel={t('accounts.openSubmit')}
      onClose={onClose}
      onSubmit={submit}
      isPending={openAccount.isPending}
      error={openAccount.error}
      inlineFields={FIELDS}
    >
      <SelectField
        label={t('accounts.product')}
        registration={register('productId')}
        error={formState.errors.productId}
      >
        <NamedOptions items={products} emptyLabel={t('common.choose')} />
      </SelectField>
    </FormDialog>
  );
}
