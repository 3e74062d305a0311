import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { AmountField, TextField } from '@/components/ui/form-fields';
import type { LoanProduct } from '@/features/loans/api/get-loan-products';
import { formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The terms as typed: the form of an application or of a review holds at least these. */
export type LoanTermsFormValues = {
  amount: string;
  numberOfInstallments: string;
  annualInterestRatePercent: string;
  gracePeriods: string;
};

type LoanTermsFieldsProps = {
  currency: string;
  /** Its bounds show under the fields. */
  product: LoanProduct | undefined;
};

/** Amount, number of installments, yearly rate and grace periods, under a form's `FormProvider`. */
export function LoanTermsFields({ currency, product }: LoanTermsFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { register, formState } = useFormContext<LoanTermsFormValues>();
  const { errors } = formState;
  const bounds = product && {
    amount: t('loans.bounds.amount', {
      min: formatMoney(product.minAmount, currency, locale),
      max: formatMoney(product.maxAmount, currency, locale),
    }),
    installments: t('loans.bounds.installments', {
      min: product.minInstallments,
      max: product.maxInstallments,
      frequency: t(`frequencies.${product.frequency}`),
    }),
    rate: t('loans.bounds.rate', {
      min: formatPercent(product.minRatePercent, locale),
      max: formatPercent(product.maxRatePercent, locale),
    }),
    grace: t('loans.bounds.grace', { count: product.maxGracePeriods }),
  };
  return (
    <Row>
      <Col sm={6}>
        <AmountField
          currency={currency}
          registration={register('amount')}
          error={errors.amount}
          hint={bounds?.amount}
        />
      </Col>
      <Col sm={6}>
        <TextField
          label={t('loans.numberOfInstallments')}
          registration={register('numberOfInstallments')}
          error={errors.numberOfInstallments}
          inputMode="numeric"
          hint={bounds?.installments}
        />
      </Col>
      <Col sm={6}>
        <TextField
          label={t('loans.rate')}
          registration={register('annualInterestRatePercent')}
          error={errors.annualInterestRatePercent}
          inputMode="decimal"
          hint={bounds?.rate}
        />
      </Col>
      <Col sm={6}>
        <TextField
          label={t('loans.gracePeriods')}
          registration={register('gracePeriods')}
          error={errors.gracePeriods}
          inputMode="numeric"
          hint={bounds?.grace}
        />
      </Col>
    </Row>
  );
}
