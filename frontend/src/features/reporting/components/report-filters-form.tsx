import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FiltersForm } from '@/components/ui/filters-form';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { NamedFilter } from '@/components/ui/named-filter';
import { REPORT_FILTERS, REPORT_HORIZONS, type ReportFilterName, type ReportFilters } from '@/features/reporting/api/get-report';
import type { ReportDefinition } from '@/features/reporting/api/get-reports';
import { useReportWords, type ReportFilterOptions } from '@/features/reporting/components/use-report-words';
import { optionalDateSchema, orderedPeriod, periodFields } from '@/lib/validation';

/** Every filter as typed: the days checked (a period in order), the selects as chosen (blank is no filter). */
const reportFiltersSchema = orderedPeriod(
  z.object({
    ...periodFields,
    asOf: optionalDateSchema,
    branchId: z.string(),
    agentId: z.string(),
    productId: z.string(),
    status: z.string(),
    categoryId: z.string(),
    horizon: z.string(),
  }),
);

type ReportFiltersFormProps = {
  report: ReportDefinition;
  /** The filters applied (those of the address). */
  applied: ReportFilters;
  options: ReportFilterOptions;
  /** Every filter, blank when not chosen. */
  onApply: (filters: Record<ReportFilterName, string>) => void;
};

/**
 * The filters the chosen report takes, and only those: the period, the day it is computed as of, the branch, the
 * agent, the loan product, the status, the days a forecast looks ahead. A branch, an agent or a product is offered once its list is loaded (and never
 * when the user may not read it); the parent remounts the form when a list arrives, so that the select shows the
 * value of the address.
 */
export function ReportFiltersForm({ report, applied, options, onApply }: ReportFiltersFormProps) {
  const { t } = useTranslation();
  const words = useReportWords(options);
  const blank = Object.fromEntries(REPORT_FILTERS.map((name) => [name, ''])) as Record<ReportFilterName, string>;
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(reportFiltersSchema),
    defaultValues: { ...blank, ...applied },
  });
  const takes = (name: ReportFilterName) => report.filters.includes(name);
  const { errors } = formState;
  const apply = handleSubmit(({ from, to, asOf, ...selects }) =>
    onApply({ ...selects, from: from ?? '', to: to ?? '', asOf: asOf ?? '' }),
  );

  return (
    <FiltersForm
      label={t('reports.filters')}
      onSubmit={apply}
      onClear={() => {
        reset(blank);
        onApply(blank);
      }}
    >
      {takes('from') && (
        <Col xs={6} lg>
          <TextField
            className=""
            type="date"
            label={words.filterName('from')}
            registration={register('from')}
            error={errors.from}
          />
        </Col>
      )}
      {takes('to') && (
        <Col xs={6} lg>
          <TextField
            className=""
            type="date"
            label={words.filterName('to')}
            registration={register('to')}
            error={errors.to}
          />
        </Col>
      )}
      {takes('asOf') && (
        <Col xs={12} sm={6} lg>
          <TextField
            className=""
            type="date"
            label={t('reports.asOf')}
            registration={register('asOf')}
            error={errors.asOf}
          />
        </Col>
      )}
      {takes('branchId') && (
        <NamedFilter
          xs={12}
          sm={6}
          lg
          label={words.filterName('branchId')}
          registration={register('branchId')}
          items={options.branches}
          emptyLabel={t('reports.allBranches')}
        />
      )}
      {takes('agentId') && (
        <NamedFilter
          xs={12}
          sm={6}
          lg
          label={words.filterName('agentId')}
          registration={register('agentId')}
          items={options.agents}
          emptyLabel={t('reports.allAgents')}
        />
      )}
      {takes('productId') && (
        <NamedFilter
          xs={12}
          sm={6}
          lg
          label={words.filterName('productId')}
          registration={register('productId')}
          items={options.products}
          emptyLabel={t('reports.allProducts')}
        />
      )}
      {takes('categoryId') && !!options.categories?.length && (
        <NamedFilter
          xs={12}
          sm={6}
          lg
          label={words.filterName('categoryId')}
          registration={register('categoryId')}
          items={options.categories}
          emptyLabel={t('reports.allCategories')}
        />
      )}
      {takes('status') && (
        <Col xs={12} sm={6} lg>
          <SelectField className="" label={words.filterName('status')} registration={register('status')}>
            <option value="">{t('reports.allStatuses')}</option>
            {report.statuses.map((status) => (
              <option key={status} value={status}>
                {words.status(report.name, status)}
              </option>
            ))}
          </SelectField>
        </Col>
      )}
      {takes('horizon') && (
        <Col xs={12} sm={6} lg>
          <SelectField className="" label={words.filterName('horizon')} registration={register('horizon')}>
            <option value="">{t('reports.defaultHorizon')}</option>
            {REPORT_HORIZONS.map((days) => (
              <option key={days} value={days}>
                {t('reports.horizonDays', { count: Number(days) })}
              </option>
            ))}
          </SelectField>
        </Col>
      )}
    </FiltersForm>
  );
}
