import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { endOfDayInputSchema, useRunEndOfDay, type EndOfDayResult } from '@/features/loans/api/run-end-of-day';
import { useInstitutionCurrency } from '@/lib/auth';
import { setApiFieldErrors } from '@/lib/form-errors';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

function EndOfDayDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const run = useRunEndOfDay();
  const [result, setResult] = useState<EndOfDayResult | null>(null);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(endOfDayInputSchema),
    defaultValues: { date: '' },
  });

  if (result) {
    return (
      <NoticeDialog title={t('endOfDay.doneTitle')} variant="success" onClose={onClose}>
        {t('endOfDay.result', {
          date: formatDate(result.date, locale),
          count: result.loansProcessed,
          penalties: result.penaltiesCharged,
          total: formatMoney(result.totalPenalties, currency, locale),
        })}
      </NoticeDialog>
    );
  }
  return (
    <FormDialog
      title={t('endOfDay.title')}
      submitLabel={t('endOfDay.run')}
      onClose={onClose}
      onSubmit={handleSubmit((data) =>
        run.mutate(data, {
          onSuccess: setResult,
          onError: (error) => setApiFieldErrors(error, ['date'], setError),
        }),
      )}
      isPending={run.isPending}
      error={run.error}
      inlineFields={['date']}
    >
      <p>{t('endOfDay.message')}</p>
      <TextField type="date" label={t('endOfDay.date')} registration={register('date')} error={formState.errors.date} />
    </FormDialog>
  );
}

/** Runs the end of day now (the scheduler runs it every night): penalties and days in arrears, then its outcome. */
export function EndOfDayButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline-primary" className="d-print-none" onClick={() => setOpen(true)}>
        {t('endOfDay.button')}
      </Button>
      {open && <EndOfDayDialog onClose={() => setOpen(false)} />}
    </>
  );
}
