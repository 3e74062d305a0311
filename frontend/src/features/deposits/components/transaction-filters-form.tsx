import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { AmountField, SelectField } from '@/components/ui/form-fields';
import { NamedFilter } from '@/components/ui/named-filter';
import { EnumOptions } from '@/components/ui/select-options';
import {
  CHANNELS,
  NO_CATEGORY,
  TRANSACTION_FILTERS,
  TRANSACTION_TYPES,
  transactionFiltersSchema,
  type TransactionFilterValues,
} from '@/features/deposits/api/get-transactions';
import { useInstitutionCurrency } from '@/lib/auth';

type NamedOption = { id: string; name: string };

/**
 * What the filters offer from other features, loaded by the route: the branches and the agents. A list the user may
 * not read (only some roles may list the staff) is absent, and its filter is not offered.
 */
export type TransactionFilterOptions = {
  branches?: readonly NamedOption[];
  agents?: readonly NamedOption[];
  /** The institution's categories; none yet, no category filter. */
  categories?: readonly NamedOption[];
};

export const NO_TRANSACTION_FILTERS = Object.fromEntries(
  TRANSACTION_FILTERS.map((name) => [name, '']),
) as TransactionFilterValues;

/** The orders offered, by the value sent: none (blank) is the API's own, the newest first. */
const SORT_CHOICES = [
  ['', 'newest'],
  ['date', 'oldest'],
  ['amount', 'amountAsc'],
  ['-amount', 'amountDesc'],
  ['category', 'categoryAsc'],
  ['-category', 'categoryDesc'],
] as const;

const REVERSED_CHOICES = [
  ['', 'all'],
  ['true', 'yes'],
  ['false', 'no'],
] as const;

type TransactionFiltersFormProps = {
  /** The filters of the address, blank when not chosen. */
  applied: TransactionFilterValues;
  options: TransactionFilterOptions;
  /** Every filter, blank when not chosen. */
  onApply: (filters: TransactionFilterValues) => void;
};

/**
 * The explorer's filters: the period of value dates, the operation, the channel, the amounts, the branch, the agent
 * who recorded the movement, whether it was reversed, its category (or none), and the order. Nothing is sent until the amounts and the period
 * are in order. The parent remounts the form when the address changes or a list arrives, so that it shows the
 * address's values.
 */
export function TransactionFiltersForm({ applied, options, onApply }: TransactionFiltersFormProps) {
  const { t } = useTranslation();
  const currency = useInstitutionCurrency();
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(transactionFiltersSchema(currency)),
    defaultValues: { ...NO_TRANSACTION_FILTERS, ...applied },
  });
  const { errors } = formState;
  const apply = handleSubmit(({ from, to, minAmount, maxAmount, ...selects }) =>
    onApply({
      ...selects,
      from: from ?? '',
      to: to ?? '',
      minAmount: minAmount === undefined ? '' : String(minAmount),
      maxAmount: maxAmount === undefined ? '' : String(maxAmount),
    }),
  );

  return (
    <FiltersForm
      label={t('transactions.filters')}
      onSubmit={apply}
      onClear={() => {
        reset(NO_TRANSACTION_FILTERS);
        onApply(NO_TRANSACTION_FILTERS);
      }}
    >
      <PeriodFields
        from={{ registration: register('from'), error: errors.from }}
        to={{ registration: register('to'), error: errors.to }}
      />
      <Col xs={6} md={4} lg={3}>
        <SelectField className="" label={t('transactions.type')} registration={register('type')}>
          <option value="">{t('transactions.allTypes')}</option>
          <EnumOptions values={TRANSACTION_TYPES} labelKey="transactionTypes" />
        </SelectField>
      </Col>
      <Col xs={6} md={4} lg={3}>
        <SelectField className="" label={t('transactions.channel')} registration={register('channel')}>
          <option value="">{t('transactions.allChannels')}</option>
          <EnumOptions values={CHANNELS} labelKey="channels" />
        </SelectField>
      </Col>
      <Col xs={6} md={4} lg={3}>
        <AmountField
          className=""
          currency={currency}
          label={t('transactions.minAmount')}
          registration={register('minAmount')}
          error={errors.minAmount}
        />
      </Col>
      <Col xs={6} md={4} lg={3}>
        <AmountField
          className=""
          currency={currency}
          label={t('transactions.maxAmount')}
          registration={register('maxAmount')}
          error={errors.maxAmount}
        />
      </Col>
      <NamedFilter
        xs={12}
        sm={6}
        md={4}
        lg={3}
        label={t('transactions.branch')}
        registration={register('branchId')}
        items={options.branches}
        emptyLabel={t('transactions.allBranches')}
      />
      <NamedFilter
        xs={12}
        sm={6}
        md={4}
        lg={3}
        label={t('transactions.agent')}
        registration={register('agentId')}
        items={options.agents}
        emptyLabel={t('transactions.allAgents')}
      />
      <Col xs={6} md={4} lg={3}>
        <SelectField className="" label={t('transactions.reversed')} registration={register('reversed')}>
          {REVERSED_CHOICES.map(([value, key]) => (
            <option key={key} value={value}>
              {t(`transactions.reversedChoices.${key}`)}
            </option>
          ))}
        </SelectField>
      </Col>
      {!!options.categories?.length && (
        <Col xs={12} sm={6} md={4} lg={3}>
          <SelectField className="" label={t('categories.category')} registration={register('categoryId')}>
            <option value="">{t('categories.all')}</option>
            <option value={NO_CATEGORY}>{t('categories.none')}</option>
            {options.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </SelectField>
        </Col>
      )}
      <Col xs={6} md={4} lg={3}>
        <SelectField className="" label={t('transactions.sort')} registration={register('sort')}>
          {SORT_CHOICES.map(([value, key]) => (
            <option key={key} value={value}>
              {t(`transactions.sorts.${key}`)}
            </option>
          ))}
        </SelectField>
      </Col>
    </FiltersForm>
  );
}
