import { z } from 'zod';

import type { LoanProduct } from '@/features/loans/api/get-loan-products';
import { useLoanMutation } from '@/features/loans/api/loan-mutations';
import { checkProductBounds, loanTermsSchema } from '@/features/loans/api/review-loan-application';
import { api, unwrap } from '@/lib/api-client';
import { optionalTextSchema, requiredTextSchema } from '@/lib/validation';

/** An application: a product, the terms within its bounds, what the money is for and the guarantee it may require. */
export const loanApplicationInputSchema = (currency: string, products: readonly LoanProduct[]) =>
  loanTermsSchema(currency)
    .extend({
      productId: z.string().min(1, 'validation.required'),
      purpose: requiredTextSchema(300),
      guarantee: optionalTextSchema(500),
    })
    .superRefine((application, context) => {
      const product = products.find((candidate) => candidate.id === application.productId);
      checkProductBounds(application, product, context);
      const threshold = product?.guaranteeRequiredAbove;
      if (threshold && application.amount > threshold && !application.guarantee) {
        context.addIssue({ code: 'custom', message: 'loans.guaranteeRequired', path: ['guarantee'] });
      }
    });

/** A draft for the client; refused (422 `loan_not_eligible`) with every reason the client is not eligible. */
export function createLoanApplication({
  clientId,
  data,
}: {
  clientId: string;
  data: z.output<ReturnType<typeof loanApplicationInputSchema>>;
}) {
  return unwrap(api.POST('/api/v1/loan-applications', { body: { clientId, ...data } }));
}

export const useCreateLoanApplication = () => useLoanMutation(createLoanApplication);
