import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { AMORTIZATIONS, FREQUENCIES, INTEREST_METHODS } from '@/features/loans/api/get-loan-products';
import { loanTermsSchema } from '@/features/loans/api/review-loan-application';
import { api, unwrap } from '@/lib/api-client';
import { decimalSchema, requiredDateSchema } from '@/lib/validation';
import type { paths } from '@/types/api';

export type SimulateLoanInput = paths['/api/v1/loans/simulate']['post']['requestBody']['content']['application/json'];

/** Any terms, for a quote (a product only fills them in). */
export const simulationInputSchema = (currency: string) =>
  loanTermsSchema(currency)
    .extend({
      frequency: z.enum(FREQUENCIES),
      interestMethod: z.enum(INTEREST_METHODS),
      amortization: z.enum(AMORTIZATIONS),
      processingFeePercent: decimalSchema(20, 'loanProducts.feeFormat'),
      disbursementDate: requiredDateSchema,
    })
    .transform(({ amount, ...terms }): SimulateLoanInput => ({ principal: amount, ...terms }));

/** The full schedule and the APR (TEG) for given terms: a quote, which writes nothing (hence a query). */
export function simulateLoan(body: SimulateLoanInput) {
  return unwrap(api.POST('/api/v1/loans/simulate', { body }));
}

export type Simulation = Awaited<ReturnType<typeof simulateLoan>>;

/** Asks nothing while there are no complete terms (`null`); the same terms are never asked about twice. */
export function getSimulationQueryOptions(input: SimulateLoanInput | null) {
  return queryOptions({
    queryKey: ['loan-simulations', input],
    queryFn: input ? () => simulateLoan(input) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useSimulation(input: SimulateLoanInput | null) {
  return useQuery(getSimulationQueryOptions(input));
}
