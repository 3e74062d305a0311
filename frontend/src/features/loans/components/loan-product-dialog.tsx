import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { RecordFormDialog } from '@/components/ui/form-dialog';
import { AmountField, SelectField, TextField } from '@/components/ui/form-fields';
import { EnumOptions } from '@/components/ui/select-options';
import { createLoanProductInputSchema, useCreateLoanProduct } from '@/features/loans/api/create-loan-product';
import {
  AMORTIZATIONS,
  FREQUENCIES,
  INTEREST_METHODS,
  PENALTY_KINDS,
  type LoanProduct,
} from '@/features/loans/api/get-loan-products';
import { useUpdateLoanProduct } from '@/features/loans/api/update-loan-product';
import { useInstitutionCurrency } from '@/lib/auth';
import { setApiFieldErrors } from '@/lib/form-errors';
import { currencyLabel } from '@/lib/format';

const FIELDS = [
  'code',
  'name',
  'minAmount',
  'maxAmount',
  'minInstallments',
  'maxInstallments',
  'frequency',
  'interestMethod',
  'amortization',
  'minRatePercent',
  'maxRatePercent',
  'maxGracePeriods',
  'processingFeePercent',
  'penaltyKind',
  'penaltyValue',
  'guaranteeRequiredAbove',
  'minSavingsAgeDays',
  'maxAmountToSavingsRatio',
] as const;

/** The product's terms as the form shows them; a new product starts with the institution's usual eligibility rules. */
function defaultValues(product: LoanProduct | undefined) {
  const text = (value: number | null | undefined, fallback = '') =>
    value === null || value === undefined ? fallback : String(value);
  return {
    code: product?.code ?? '',
    name: product?.name ?? '',
    minAmount: text(product?.minAmount),
    maxAmount: text(product?.maxAmount),
    minInstallments: text(product?.minInstallments),
    maxInstallments: text(product?.maxInstallments),
    frequency: product?.frequency ?? FREQUENCIES[0],
    interestMethod: product?.interestMethod ?? INTEREST_METHODS[0],
    amortization: product?.amortization ?? AMORTIZATIONS[0],
    minRatePercent: text(product?.minRatePercent),
    maxRatePercent: text(product?.maxRatePercent),
    maxGracePeriods: text(product?.maxGracePeriods, '0'),
    processingFeePercent: text(product?.processingFeePercent, '0'),
    penaltyKind: product?.penaltyKind ?? PENALTY_KINDS[0],
    penaltyValue: text(product?.penaltyValue, '0'),
    guaranteeRequiredAbove: text(product?.guaranteeRequiredAbove),
    minSavingsAgeDays: text(product?.minSavingsAgeDays, '90'),
    maxAmountToSavingsRatio: text(product?.maxAmountToSavingsRatio, '5'),
  };
}

type LoanProductDialogProps = {
  /** The product to edit (its code stays); without one, a new product. */
  product?: LoanProduct;
  onClose: () => void;
};

/** Every term of a loan product: bounds, schedule, rates, fee, penalty rule, guarantee and eligibility. */
export function LoanProductDialog({ product, onClose }: LoanProductDialogProps) {
  const { t } = useTranslation();
  const currency = useInstitutionCurrency();
  const createProduct = useCreateLoanProduct();
  const updateProduct = useUpdateLoanProduct();
  const mutation = product ? updateProduct : createProduct;
  const { register, handleSubmit, setError, formState, control } = useForm({
    resolver: zodResolver(createLoanProductInputSchema(currency)),
    defaultValues: defaultValues(product),
  });
  const { errors } = formState;
  const penaltyKind = useWatch({ control, name: 'penaltyKind' });
  const callbacks = { onSuccess: onClose, onError: (error: unknown) => setApiFieldErrors(error, FIELDS, setError) };

  const submit = handleSubmit(({ code, ...terms }) =>
    product
      ? updateProduct.mutate({ id: product.id, data: terms }, callbacks)
      : createProduct.mutate({ code, ...terms }, callbacks),
  );
  const number = (name: Exclude<(typeof FIELDS)[number], 'code' | 'name'>, label: string, hint?: string) => (
    <TextField
      label={label}
      registration={register(name)}
      error={errors[name]}
      inputMode={name.endsWith('Percent') || name === 'maxAmountToSavingsRatio' ? 'decimal' : 'numeric'}
      hint={hint}
    />
  );
  const amount = (name: 'minAmount' | 'maxAmount' | 'guaranteeRequiredAbove', label: string, hint?: string) => (
    <AmountField currency={currency} label={label} registration={register(name)} error={errors[name]} hint={hint} />
  );

  return (
    <RecordFormDialog
      title={product ? t('loanProducts.edit', { code: product.code }) : t('loanProducts.new')}
      editing={!!product}
      mutation={mutation}
      onClose={onClose}
      onSubmit={submit}
      inlineFields={FIELDS}
    >
      <Row>
        {!product && (
          <Col sm={6}>
            <TextField label={t('loanProducts.code')} registration={register('code')} error={errors.code} />
          </Col>
        )}
        <Col sm={product ? 12 : 6}>
          <TextField label={t('loanProducts.name')} registration={register('name')} error={errors.name} />
        </Col>
        <Col sm={6}>{amount('minAmount', t('loanProducts.minAmount'))}</Col>
        <Col sm={6}>{amount('maxAmount', t('loanProducts.maxAmount'))}</Col>
        <Col sm={6}>{number('minInstallments', t('loanProducts.minInstallments'))}</Col>
        <Col sm={6}>{number('maxInstallments', t('loanProducts.maxInstallments'))}</Col>
        <Col sm={4}>
          <SelectField label={t('loanProducts.frequency')} registration={register('frequency')}>
            <EnumOptions values={FREQUENCIES} labelKey="frequencies" />
          </SelectField>
        </Col>
        <Col sm={4}>
          <SelectField label={t('loanProducts.interestMethod')} registration={register('interestMethod')}>
            <EnumOptions values={INTEREST_METHODS} labelKey="interestMethods" />
          </SelectField>
        </Col>
        <Col sm={4}>
          <SelectField label={t('loanProducts.amortization')} registration={register('amortization')}>
            <EnumOptions values={AMORTIZATIONS} labelKey="amortizations" />
          </SelectField>
        </Col>
        <Col sm={6}>{number('minRatePercent', t('loanProducts.minRate'))}</Col>
        <Col sm={6}>{number('maxRatePercent', t('loanProducts.maxRate'))}</Col>
        <Col sm={6}>{number('maxGracePeriods', t('loanProducts.maxGracePeriods'), t('loanProducts.graceHint'))}</Col>
        <Col sm={6}>{number('processingFeePercent', t('loanProducts.processingFee'))}</Col>
        <Col sm={6}>
          <SelectField label={t('loanProducts.penaltyKind')} registration={register('penaltyKind')}>
            <EnumOptions values={PENALTY_KINDS} labelKey="penaltyKinds" />
          </SelectField>
        </Col>
        <Col sm={6}>
          {penaltyKind !== 'None' &&
            number(
              'penaltyValue',
              penaltyKind === 'DailyRateOnOverdue'
                ? t('loanProducts.penaltyRate')
                : t('common.inCurrency', { label: t('loanProducts.penaltyFee'), currency: currencyLabel(currency) }),
            )}
        </Col>
        <Col sm={6}>
          {amount('guaranteeRequiredAbove', t('loanProducts.guaranteeAbove'), t('loanProducts.guaranteeHint'))}
        </Col>
        <Col sm={6}>
          {number('minSavingsAgeDays', t('loanProducts.minSavingsAgeDays'), t('loanProducts.noneIfZero'))}
        </Col>
        <Col sm={6}>
          {number('maxAmountToSavingsRatio', t('loanProducts.savingsRatio'), t('loanProducts.noneIfZero'))}
        </Col>
      </Row>
    </RecordFormDialog>
  );
}
