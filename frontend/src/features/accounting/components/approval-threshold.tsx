import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { AmountField } from '@/components/ui/form-fields';
import { useAccountingSettings } from '@/features/accounting/api/get-accounting-settings';
import {
  accountingSettingsInputSchema,
  useUpdateAccountingSettings,
} from '@/features/accounting/api/update-accounting-settings';
import { useInstitutionCurrency } from '@/lib/auth';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { setApiFieldErrors } from '@/lib/form-errors';
import { formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['manualEntryApprovalThreshold'] as const;

function ThresholdDialog({ threshold, onClose }: { threshold: number; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const update = useUpdateAccountingSettings();
  const schema = useMemo(() => accountingSettingsInputSchema(currency), [currency]);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { manualEntryApprovalThreshold: formatInteger(threshold, locale) },
  });
  return (
    <FormDialog
      title={t('manualEntries.threshold.title')}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={handleSubmit((data) =>
        update.mutate(data, {
          onSuccess: onClose,
          onError: (error) => setApiFieldErrors(error, FIELDS, setError),
        }),
      )}
      isPending={update.isPending}
      error={update.error}
      inlineFields={FIELDS}
    >
      <AmountField
        currency={currency}
        label={t('manualEntries.threshold.label')}
        hint={t('manualEntries.threshold.hint')}
        registration={register('manualEntryApprovalThreshold')}
        error={formState.errors.manualEntryApprovalThreshold}
      />
    </FormDialog>
  );
}

/** The amount above which a manual entry waits for a second person; the SfdAdmin changes it here. */
export function ApprovalThreshold() {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const settings = useAccountingSettings();
  const canEdit = useIsAllowed(POLICIES.accountingAdmin);
  const [editing, setEditing] = useState(false);
  if (!settings.data) return null;
  const threshold = settings.data.manualEntryApprovalThreshold;
  return (
    <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
      <span className="text-body-secondary">
        {t('manualEntries.threshold.summary', { threshold: formatMoney(threshold, currency, locale) })}
      </span>
      {canEdit && (
        <Button size="sm" variant="outline-secondary" onClick={() => setEditing(true)}>
          {t('manualEntries.threshold.edit')}
        </Button>
      )}
      {editing && <ThresholdDialog threshold={threshold} onClose={() => setEditing(false)} />}
    </div>
  );
}
