import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { AmountField, SelectField } from '@/components/ui/form-fields';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { NamedOptions } from '@/components/ui/select-options';
import { createAdhesionInputSchema, useCreateAdhesion } from '@/features/tontines/api/create-adhesion';
import type { Adhesion } from '@/features/tontines/api/get-adhesions';
import { useTontines } from '@/features/tontines/api/get-tontines';
import { setApiFieldErrors } from '@/lib/form-errors';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['tontineId', 'dailyAmount'] as const;
/** The open tontines offered (an institution runs a handful). */
const TONTINE_CHOICES = 100;

type AdhesionDialogProps = {
  client: { id: string; name: string };
  currency: string;
  onClose: () => void;
};

/**
 * Records a client's request to join an open tontine with a daily amount within its bounds (shown under the field;
 * the API names them again when it refuses the amount). The request then waits to be validated.
 */
export function AdhesionDialog({ client, currency, onClose }: AdhesionDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tontines = useTontines({ status: 'Open', page: 1, pageSize: TONTINE_CHOICES });
  const create = useCreateAdhesion();
  const [created, setCreated] = useState<Adhesion | null>(null);
  const { register, handleSubmit, setError, formState, control } = useForm({
    resolver: zodResolver(createAdhesionInputSchema(currency)),
    defaultValues: { tontineId: '', dailyAmount: '' },
  });
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const tontineId = useWatch({ control, name: 'tontineId' });
  const chosen = tontines.data?.items.find((tontine) => tontine.id === tontineId);

  if (created) {
    return (
      <NoticeDialog title={t('tontines.adhesions.createdTitle')} variant="success" onClose={onClose}>
        {t('tontines.adhesions.createdMessage', {
          name: created.clientName,
          tontine: created.tontineName,
          amount: money(created.dailyAmount),
        })}
      </NoticeDialog>
    );
  }

  const submit = handleSubmit((data) =>
    create.mutate(
      { clientId: client.id, data },
      { onSuccess: setCreated, onError: (error) => setApiFieldErrors(error, FIELDS, setError) },
    ),
  );

  return (
    <FormDialog
      title={t('tontines.adhesions.newFor', { name: client.name })}
      submitLabel={t('tontines.adhesions.submit')}
      onClose={onClose}
      onSubmit={submit}
      isPending={create.isPending}
      error={create.error ?? tontines.error}
      inlineFields={FIELDS}
    >
      <SelectField label={t('tontines.adhesions.tontine')} registration={register('tontineId')} error={formState.errors.tontineId}>
        <NamedOptions
          items={(tontines.data?.items ?? []).map((tontine) => ({
            id: tontine.id,
            name: `${tontine.name} (${tontine.code})`,
          }))}
          emptyLabel={t('common.choose')}
        />
      </SelectField>
      {tontines.isSuccess && tontines.data.items.length === 0 && (
        <p className="small text-body-secondary">{t('tontines.adhesions.noOpenTontine')}</p>
      )}
      <AmountField
        currency={currency}
        label={t('tontines.dailyAmount')}
        registration={register('dailyAmount')}
        error={formState.errors.dailyAmount}
        hint={
          chosen &&
          t('tontines.adhesions.boundsHint', {
            min: money(chosen.minDailyAmount),
            max: money(chosen.maxDailyAmount),
            fee: money(chosen.adhesionFee),
          })
        }
      />
    </FormDialog>
  );
}
