import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { useLoanProducts } from '@/features/loans/api/get-loan-products';
import type { Loan } from '@/features/loans/api/get-loans';
import { reviewLoanInputSchema, useReviewLoanApplication } from '@/features/loans/api/review-loan-application';
import { LoanTermsFields } from '@/features/loans/components/loan-terms-fields';
import { TermsPreview } from '@/features/loans/components/terms-preview';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = ['amount', 'numberOfInstallments', 'annualInterestRatePercent', 'gracePeriods'] as const;

/** A supervisor takes the application for review, keeping its terms or changing them within the product's bounds. */
export function ReviewLoanDialog({ loan, onClose }: { loan: Loan; onClose: () => void }) {
  const { t } = useTranslation();
  const product = useLoanProducts().data?.find((candidate) => candidate.id === loan.productId);
  const review = useReviewLoanApplication();
  const form = useForm({
    resolver: zodResolver(reviewLoanInputSchema(loan.currency, product)),
    defaultValues: {
      amount: String(loan.principal),
      numberOfInstallments: String(loan.numberOfInstallments),
      annualInterestRatePercent: String(loan.annualInterestRatePercent),
      gracePeriods: String(loan.gracePeriods),
    },
  });

  const submit = form.handleSubmit((data) =>
    review.mutate(
      { id: loan.id, data },
      { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, FIELDS, form.setError) },
    ),
  );

  return (
    <FormDialog
      title={t('loans.reviewTitle', { number: loan.number })}
      submitLabel={t('loans.reviewSubmit')}
      onClose={onClose}
      onSubmit={submit}
      isPending={review.isPending}
      error={review.error}
      inlineFields={FIELDS}
      size="lg"
    >
      <p>{t('loans.reviewMessage', { name: loan.clientName, product: loan.productName, purpose: loan.purpose })}</p>
      <FormProvider {...form}>
        <LoanTermsFields currency={loan.currency} product={product} />
        <TermsPreview basis={loan} currency={loan.currency} />
      </FormProvider>
    </FormDialog>
  );
}
