import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField } from '@/components/ui/form-fields';
import { EnumOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import { activateAccountInputSchema, useActivateAccount } from '@/features/deposits/api/activate-account';
import type { Account } from '@/features/deposits/api/get-accounts';
import { CHANNELS } from '@/features/deposits/api/get-transaction';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/**
 * Activates an approved account. Before confirming, the user sees the product's opening fee (paid through the chosen
 * channel, not from the account) and its minimum balance, which the new, empty account does not reach yet: it may be
 * active below it, but no withdrawal is possible until a deposit brings it there (docs/ledger.md). Once activated,
 * the fee's receipt opens.
 */
export function ActivateAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const activate = useActivateAccount();
  // The activation posts the fee: one key for it, whatever the retries.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(activateAccountInputSchema),
    defaultValues: { channel: CHANNELS[0] },
  });
  const money = (amount: number) => formatMoney(amount, account.currency, locale);
  const activated = () => {
    onClose();
    if (account.openingFee > 0) void navigate(paths.openingFeeReceipt.getHref(account.id));
  };

  return (
    <FormDialog
      title={t('accounts.activateTitle', { number: account.number })}
      submitLabel={t('accounts.activate')}
      onClose={onClose}
      onSubmit={handleSubmit((data) =>
        activate.mutate({ id: account.id, data, idempotencyKey }, { onSuccess: activated }),
      )}
      isPending={activate.isPending || activate.isSuccess}
      error={activate.error}
      inlineFields={['channel']}
    >
      <p>
        {account.openingFee > 0
          ? t('openingFee.toPay', { amount: money(account.openingFee) })
          : t('openingFee.noFee')}
      </p>
      {account.minimumBalance > account.balance && (
        <Alert variant="warning">
          {t('openingFee.minimum', { minimum: money(account.minimumBalance), balance: money(account.balance) })}
        </Alert>
      )}
      {account.openingFee > 0 && (
        <SelectField
          label={t('accounts.feeChannel')}
          registration={register('channel')}
          error={formState.errors.channel}
        >
          <EnumOptions values={CHANNELS} labelKey="channels" />
        </SelectField>
      )}
    </FormDialog>
  );
}
