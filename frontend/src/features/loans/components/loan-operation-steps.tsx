import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

import { ReviewSteps } from '@/components/ui/review-steps';
import type { Loan } from '@/features/loans/api/get-loans';

type LoanOperationStepsProps<Input> = ComponentProps<typeof ReviewSteps<Input>> & { loan: Loan };

/** A disbursement or a repayment: its form, then a review naming the loan and its client before what it adds. */
export function LoanOperationSteps<Input>({ loan, details, ...steps }: LoanOperationStepsProps<Input>) {
  const { t } = useTranslation();
  return (
    <ReviewSteps
      details={(data) => [
        { label: t('loans.number'), value: loan.number },
        { label: t('loans.client'), value: loan.clientName },
        ...details(data),
      ]}
      {...steps}
    />
  );
}
