import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { NamedOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import { loanApplicationInputSchema, useCreateLoanApplication } from '@/features/loans/api/create-loan-application';
import { useLoanProducts } from '@/features/loans/api/get-loan-products';
import { LoanTermsFields } from '@/features/loans/components/loan-terms-fields';
import { TermsPreview } from '@/features/loans/components/terms-preview';
import { useInstitutionCurrency } from '@/lib/auth';
import { setApiFieldErrors } from '@/lib/form-errors';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = [
  'productId',
  'amount',
  'numberOfInstallments',
  'annualInterestRatePercent',
  'gracePeriods',
  'purpose',
  'guarantee',
] as const;

type LoanApplicationDialogProps = {
  /** The applicant. */
  client: { id: string; name: string };
  onClose: () => void;
};

/**
 * A loan application for the client, kept as a draft: a product, the terms within its bounds (the rate starts at the
 * product's maximum), with the schedule and APR they give. A refusal lists every eligibility rule the client fails.
 */
export function LoanApplicationDialog({ client, onClose }: LoanApplicationDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const currency = useInstitutionCurrency();
  const products = useLoanProducts({ isActive: true });
  const create = useCreateLoanApplication();
  const form = useForm({
    resolver: zodResolver(loanApplicationInputSchema(currency, products.data ?? [])),
    defaultValues: {
      productId: '',
      amount: '',
      numberOfInstallments: '',
      annualInterestRatePercent: '',
      gracePeriods: '0',
      purpose: '',
      guarantee: '',
    },
  });
  const { register, handleSubmit, setError, setValue, formState, control } = form;
  const productId = useWatch({ control, name: 'productId' });
  const product = products.data?.find((candidate) => candidate.id === productId);

  const submit = handleSubmit((data) =>
    create.mutate(
      { clientId: client.id, data },
      {
        onSuccess: (loan) => void navigate(paths.loan.getHref(loan.id)),
        onError: (error) => setApiFieldErrors(error, FIELDS, setError),
      },
    ),
  );

  return (
    <FormDialog
      title={t('loans.applyTitle', { name: client.name })}
      submitLabel={t('loans.applySubmit')}
      onClose={onClose}
      onSubmit={submit}
      isPending={create.isPending}
      error={create.error}
      inlineFields={FIELDS}
      size="lg"
    >
      <FormProvider {...form}>
        <SelectField
          label={t('loans.product')}
          registration={register('productId', {
            // The rate starts at the product's maximum, as the API would default it.
            onChange: (event: { target: { value: string } }) => {
              const chosen = products.data?.find((candidate) => candidate.id === event.target.value);
              if (chosen) setValue('annualInterestRatePercent', String(chosen.maxRatePercent));
            },
          })}
          error={formState.errors.productId}
        >
          <NamedOptions
            items={(products.data ?? []).map((candidate) => ({
              id: candidate.id,
              name: `${candidate.name} (${candidate.code})`,
            }))}
            emptyLabel={t('common.choose')}
          />
        </SelectField>
        <LoanTermsFields currency={currency} product={product} />
        <Row>
          <Col sm={6}>
            <TextField label={t('loans.purpose')} registration={register('purpose')} error={formState.errors.purpose} />
          </Col>
          <Col sm={6}>
            <TextField
              label={t('loans.guarantee')}
              registration={register('guarantee')}
              error={formState.errors.guarantee}
              hint={
                product?.guaranteeRequiredAbove
                  ? t('loans.guaranteeHint', { amount: formatMoney(product.guaranteeRequiredAbove, currency, locale) })
                  : undefined
              }
            />
          </Col>
        </Row>
        {product && <TermsPreview basis={product} currency={currency} />}
      </FormProvider>
    </FormDialog>
  );
}
