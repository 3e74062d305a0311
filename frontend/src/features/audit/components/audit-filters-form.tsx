import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { CheckField, SelectField, TextField } from '@/components/ui/form-fields';
import type { AuditCatalogue } from '@/features/audit/api/get-audit-catalogue';
import { auditFiltersSchema, type AuditFiltersInput, type AuditFilterValues } from '@/features/audit/api/get-audit-records';

type AuditFiltersFormProps = {
  /** The filters of the address, blank when not chosen. */
  applied: AuditFilterValues;
  /** The actions and entity types to choose from, labelled (absent while it loads). */
  catalogue?: AuditCatalogue;
  /** The filters chosen (the one entity followed, if any, is the page's to clear). */
  onApply: (filters: Omit<AuditFilterValues, 'entityId'>) => void;
};

const NO_FILTERS: AuditFiltersInput = { action: '', entityType: '', actor: '', from: '', to: '', signIns: false };

/**
 * The trail's filters: the action and the kind of object by their names, the user (username), the period, and
 * whether sign-ins, sessions and API client calls are shown (hidden by default: they drown the rest). The parent remounts the
 * form when the address changes or the catalogue arrives, so that it shows the address's values.
 */
export function AuditFiltersForm({ applied, catalogue, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(auditFiltersSchema),
    defaultValues: { ...applied, signIns: applied.signIns === 'true' },
  });
  const { errors } = formState;
  const apply = handleSubmit(({ signIns, ...filters }) => onApply({ ...filters, signIns: signIns ? 'true' : '' }));

  return (
    <FiltersForm
      label={t('audit.filters')}
      onSubmit={apply}
      onClear={() => {
        reset(NO_FILTERS);
        onApply({ action: '', entityType: '', actor: '', from: '', to: '', signIns: '' });
      }}
    >
      <Col xs={12} sm={6} lg={3}>
        <SelectField className="" label={t('audit.action')} registration={register('action')}>
          <option value="">{t('audit.allActions')}</option>
          {catalogue?.actions.map((action) => (
            <option key={action.code} value={action.code}>
              {action.label}
            </option>
          ))}
        </SelectField>
      </Col>
      <Col xs={12} sm={6} lg={3}>
        <SelectField className="" label={t('audit.entityType')} registration={register('entityType')}>
          <option value="">{t('audit.allEntityTypes')}</option>
          {catalogue?.entityTypes.map((type) => (
            <option key={type.code} value={type.code}>
              {type.label}
            </option>
          ))}
        </SelectField>
      </Col>
      <Col xs={12} sm={6} lg={2}>
        <TextField className="" label={t('audit.actorUsername')} registration={register('actor')} error={errors.actor} />
      </Col>
      <PeriodFields
        from={{ registration: register('from'), error: errors.from }}
        to={{ registration: register('to'), error: errors.to }}
      />
      <Col xs={12}>
        <CheckField className="" label={t('audit.showSignIns')} registration={register('signIns')} />
      </Col>
    </FiltersForm>
  );
}
