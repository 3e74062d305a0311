import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { SelectField } from '@/components/ui/form-fields';
import { NamedFilter } from '@/components/ui/named-filter';
import {
  ANOMALY_RULES,
  ANOMALY_SEVERITIES,
  ANOMALY_STATUSES,
  type AnomalyFilterValues,
} from '@/features/anomalies/api/get-anomalies';
import { useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';

/** The branches and agents to filter by, from the features that own them; absent when the user may not list them. */
export type AnomalyFilterOptions = {
  branches?: readonly { id: string; name: string }[];
  agents?: readonly { id: string; name: string }[];
};

const anomalyFiltersSchema = z
  .object({
    rule: z.string(),
    severity: z.string(),
    status: z.string(),
    branchId: z.string(),
    agentId: z.string(),
    from: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'validation.date'),
    to: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'validation.date'),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: 'anomalies.invalidPeriod',
    path: ['to'],
  });

export const NO_ANOMALY_FILTERS: AnomalyFilterValues = {
  rule: '',
  severity: '',
  status: '',
  branchId: '',
  agentId: '',
  from: '',
  to: '',
};

type AnomalyFiltersFormProps = {
  /** The filters of the address, blank when not chosen. */
  applied: AnomalyFilterValues;
  options: AnomalyFilterOptions;
  onApply: (filters: AnomalyFilterValues) => void;
};

/**
 * The findings' filters: the rule, the severity, the status, the branch, the agent and the period of the situation.
 * The parent remounts the form when the address changes or a list arrives, so that it shows the address's values.
 */
export function AnomalyFiltersForm({ applied, options, onApply }: AnomalyFiltersFormProps) {
  const { t } = useTranslation();
  const words = useAnomalyWords();
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(anomalyFiltersSchema),
    defaultValues: applied,
  });
  const { errors } = formState;

  return (
    <FiltersForm
      label={t('anomalies.filters')}
      onSubmit={handleSubmit(onApply)}
      onClear={() => {
        reset(NO_ANOMALY_FILTERS);
        onApply(NO_ANOMALY_FILTERS);
      }}
    >
      <Col xs={12} sm={6} lg={4}>
        <SelectField className="" label={t('anomalies.rule')} registration={register('rule')}>
          <option value="">{t('anomalies.allRules')}</option>
          {ANOMALY_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {words.rule(rule)}
            </option>
          ))}
        </SelectField>
      </Col>
      <Col xs={6} sm={3} lg={2}>
        <SelectField className="" label={t('anomalies.severity')} registration={register('severity')}>
          <option value="">{t('anomalies.allSeverities')}</option>
          {ANOMALY_SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`anomalies.severities.${severity}`)}
            </option>
          ))}
        </SelectField>
      </Col>
      <Col xs={6} sm={3} lg={2}>
        <SelectField className="" label={t('anomalies.status')} registration={register('status')}>
          <option value="">{t('anomalies.allStatuses')}</option>
          {ANOMALY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`anomalies.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
      </Col>
      <NamedFilter
        xs={12}
        sm={6}
        lg={2}
        label={t('anomalies.branch')}
        registration={register('branchId')}
        items={options.branches}
        emptyLabel={t('anomalies.allBranches')}
      />
      <NamedFilter
        xs={12}
        sm={6}
        lg={2}
        label={t('anomalies.agent')}
        registration={register('agentId')}
        items={options.agents}
        emptyLabel={t('anomalies.allAgents')}
      />
      <PeriodFields
        from={{ registration: register('from'), error: errors.from }}
        to={{ registration: register('to'), error: errors.to }}
      />
    </FiltersForm>
  );
}
