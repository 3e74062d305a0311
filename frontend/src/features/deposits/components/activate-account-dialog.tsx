import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField } from '@/components/ui/form-fields';
import { EnumOptions } from '@/components/ui/select-options';
import { activateAccountInputSchema, useActivateAccount } from '@/features/deposits/api/activate-account';
import type { Account } from '@/features/deposits/api/get-accounts';
import { CHANNELS } from '@/features/deposits/api/get-transaction';

/** Activates an approved account; the product's opening fee, if any, is paid through the chosen channel. */
export function ActivateAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const activate = useActivateAccount();
  // The activation posts the fee: one key for it, whatever the retries.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(activateAccountInputSchema),
    defaultValues: { channel: CHANNELS[0] },
  });

  return (
    <FormDialog
      title={t('accounts.activateTitle', { number: account.number })}
      submitLabel={t('accounts.activate')}
      onClose={onClose}
      onSubmit={handleSubmit((data) =>
        activate.mutate({ id: account.id, data, idempotencyKey }, { onSuccess: onClose }),
      )}
      isPending={activate.isPending}
      error={activate.error}
      inlineFields={['channel']}
    >
      <p>{t('accounts.activateMessage')}</p>
      <SelectField label={t('accounts.feeChannel')} registration={register('channel')} error={formState.errors.channel}>
        <EnumOptions values={CHANNELS} labelKey="channels" />
      </SelectField>
    </FormDialog>
  );
}
