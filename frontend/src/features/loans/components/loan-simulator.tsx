import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '@/components/ui/form-fields';
import { QueryView } from '@/components/ui/query-view';
import { EnumOptions, NamedOptions } from '@/components/ui/select-options';
import {
  AMORTIZATIONS,
  FREQUENCIES,
  INTEREST_METHODS,
  useLoanProducts,
  type LoanProduct,
} from '@/features/loans/api/get-loan-products';
import { simulationInputSchema, useSimulation, type SimulateLoanInput } from '@/features/loans/api/simulate-loan';
import { LoanOffer } from '@/features/loans/components/loan-offer';
import { LoanTermsFields } from '@/features/loans/components/loan-terms-fields';
import { useInstitutionCurrency } from '@/lib/auth';
import { localToday } from '@/lib/format';

/** The terms a product fills in when it is chosen (its frequency, method and fee; its maximum rate). */
function productTerms(product: LoanProduct) {
  return {
    annualInterestRatePercent: String(product.maxRatePercent),
    numberOfInstallments: String(product.minInstallments),
    frequency: product.frequency,
    interestMethod: product.interestMethod,
    amortization: product.amortization,
    processingFeePercent: String(product.processingFeePercent),
  };
}

/**
 * A quote (devis) for any terms, or a product's: the schedule, its totals and APR, the principal left over time, and
 * the loan offer to print. Nothing is written.
 */
export function LoanSimulator() {
  const { t } = useTranslation();
  const currency = useInstitutionCurrency();
  const products = useLoanProducts({ isActive: true });
  const [product, setProduct] = useState<LoanProduct | undefined>();
  const [quote, setQuote] = useState<{ input: SimulateLoanInput; product?: LoanProduct } | null>(null);
  const simulation = useSimulation(quote?.input ?? null);
  const form = useForm({
    resolver: zodResolver(simulationInputSchema(currency)),
    defaultValues: {
      amount: '',
      numberOfInstallments: '12',
      annualInterestRatePercent: '',
      gracePeriods: '0',
      frequency: FREQUENCIES[0],
      interestMethod: INTEREST_METHODS[0],
      amortization: AMORTIZATIONS[0],
      processingFeePercent: '0',
      disbursementDate: localToday(),
    },
  });
  const { register, handleSubmit, formState, reset, getValues } = form;
  const { errors } = formState;

  const chooseProduct = (id: string) => {
    const chosen = products.data?.find((candidate) => candidate.id === id);
    setProduct(chosen);
    if (chosen) reset({ ...getValues(), ...productTerms(chosen) });
  };

  return (
    <>
      <Card className="mb-4 d-print-none">
        <Card.Body>
          <FormProvider {...form}>
            <Form
              noValidate
              aria-label={t('simulation.form')}
              onSubmit={handleSubmit((input) => setQuote({ input, product }))}
            >
              <Form.Group className="mb-3" controlId="simulation-product">
                <Form.Label>{t('simulation.product')}</Form.Label>
                <Form.Select value={product?.id ?? ''} onChange={(event) => chooseProduct(event.target.value)}>
                  <NamedOptions
                    items={(products.data ?? []).map((candidate) => ({
                      id: candidate.id,
                      name: `${candidate.name} (${candidate.code})`,
                    }))}
                    emptyLabel={t('simulation.noProduct')}
                  />
                </Form.Select>
              </Form.Group>
              <LoanTermsFields currency={currency} product={product} />
              <Row>
                <Col sm={6} lg={4}>
                  <SelectField label={t('loanProducts.frequency')} registration={register('frequency')}>
                    <EnumOptions values={FREQUENCIES} labelKey="frequencies" />
                  </SelectField>
                </Col>
                <Col sm={6} lg={4}>
                  <SelectField label={t('loanProducts.interestMethod')} registration={register('interestMethod')}>
                    <EnumOptions values={INTEREST_METHODS} labelKey="interestMethods" />
                  </SelectField>
                </Col>
                <Col sm={6} lg={4}>
                  <SelectField label={t('loanProducts.amortization')} registration={register('amortization')}>
                    <EnumOptions values={AMORTIZATIONS} labelKey="amortizations" />
                  </SelectField>
                </Col>
                <Col sm={6}>
                  <TextField
                    label={t('loanProducts.processingFee')}
                    registration={register('processingFeePercent')}
                    error={errors.processingFeePercent}
                    inputMode="decimal"
                  />
                </Col>
                <Col sm={6}>
                  <TextField
                    type="date"
                    label={t('simulation.disbursementDate')}
                    registration={register('disbursementDate')}
                    error={errors.disbursementDate}
                  />
                </Col>
              </Row>
              <Button type="submit">{t('simulation.compute')}</Button>
            </Form>
          </FormProvider>
        </Card.Body>
      </Card>
      {quote && (
        <QueryView query={simulation}>
          {(data) => <LoanOffer input={quote.input} product={quote.product} simulation={data} currency={currency} />}
        </QueryView>
      )}
    </>
  );
}
