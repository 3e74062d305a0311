import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { RecordFormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { createTontineInputSchema, useCreateTontine } from '@/features/tontines/api/create-tontine';
import type { Tontine } from '@/features/tontines/api/get-tontines';
import { orderedDailyBounds, useUpdateTontine } from '@/features/tontines/api/update-tontine';
import { setApiFieldErrors } from '@/lib/form-errors';
import { currencyLabel } from '@/lib/format';

const FIELDS = createTontineInputSchema.keyof().options;
const schema = orderedDailyBounds(createTontineInputSchema);

/** A month of days: the cycle of the collectors' booklets (one cell for the commission, the others saved). */
const DEFAULT_CYCLE_LENGTH_DAYS = 31;

function defaultValues(tontine: Tontine | undefined) {
  return {
    code: tontine?.code ?? '',
    name: tontine?.name ?? '',
    minDailyAmount: tontine ? String(tontine.minDailyAmount) : '',
    maxDailyAmount: tontine ? String(tontine.maxDailyAmount) : '',
    adhesionFee: tontine ? String(tontine.adhesionFee) : '0',
    cycleLengthDays: String(tontine?.cycleLengthDays ?? DEFAULT_CYCLE_LENGTH_DAYS),
  };
}

type TontineDialogProps = {
  /** The tontine to edit (its code stays; its cycle too once opened); without one, a new tontine (a draft). */
  tontine?: Tontine;
  currency: string;
  onClose: () => void;
};

export function TontineDialog({ tontine, currency, onClose }: TontineDialogProps) {
  const { t } = useTranslation();
  const createTontine = useCreateTontine();
  const updateTontine = useUpdateTontine();
  const mutation = tontine ? updateTontine : createTontine;
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: defaultValues(tontine),
  });
  const { errors } = formState;
  const callbacks = { onSuccess: onClose, onError: (error: unknown) => setApiFieldErrors(error, FIELDS, setError) };
  const submit = handleSubmit(({ code, ...terms }) =>
    tontine
      ? updateTontine.mutate({ id: tontine.id, data: terms }, callbacks)
      : createTontine.mutate({ code, ...terms }, callbacks),
  );
  const cycleFixed = !!tontine && tontine.status !== 'Draft';
  const money = (key: string) => t(key, { currency: currencyLabel(currency) });

  return (
    <RecordFormDialog
      title={tontine ? t('tontines.edit', { code: tontine.code }) : t('tontines.new')}
      editing={!!tontine}
      mutation={mutation}
      onClose={onClose}
      onSubmit={submit}
      inlineFields={FIELDS}
    >
      <Row>
        {!tontine && (
          <Col sm={6}>
            <TextField label={t('tontines.code')} registration={register('code')} error={errors.code} />
          </Col>
        )}
        <Col sm={6}>
          <TextField label={t('tontines.name')} registration={register('name')} error={errors.name} />
        </Col>
        <Col sm={6}>
          <TextField
            label={money('tontines.minDailyAmount')}
            registration={register('minDailyAmount')}
            error={errors.minDailyAmount}
            inputMode="numeric"
          />
        </Col>
        <Col sm={6}>
          <TextField
            label={money('tontines.maxDailyAmount')}
            registration={register('maxDailyAmount')}
            error={errors.maxDailyAmount}
            inputMode="numeric"
          />
        </Col>
        <Col sm={6}>
          <TextField
            label={money('tontines.adhesionFee')}
            registration={register('adhesionFee')}
            error={errors.adhesionFee}
            inputMode="numeric"
          />
        </Col>
        <Col sm={6}>
          <TextField
            label={t('tontines.cycleLengthDays')}
            registration={register('cycleLengthDays')}
            error={errors.cycleLengthDays}
            inputMode="numeric"
            readOnly={cycleFixed}
            hint={t(cycleFixed ? 'tontines.cycleFixed' : 'tontines.cycleHint')}
          />
        </Col>
      </Row>
    </RecordFormDialog>
  );
}
