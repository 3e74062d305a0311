import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { accountingSettingsQueryKey } from '@/features/accounting/api/get-accounting-settings';
import { api, unwrap } from '@/lib/api-client';
import { moneySchema } from '@/lib/validation';

/** Zero is allowed: every manual entry then waits for approval. */
export const accountingSettingsInputSchema = (currency: string) =>
  z.object({ manualEntryApprovalThreshold: moneySchema(currency) });

export type AccountingSettingsInput = z.output<ReturnType<typeof accountingSettingsInputSchema>>;

export function updateAccountingSettings(body: AccountingSettingsInput) {
  return unwrap(api.PUT('/api/v1/accounting/settings', { body }));
}

export function useUpdateAccountingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccountingSettings,
    onSuccess: (settings) => queryClient.setQueryData(accountingSettingsQueryKey, settings),
  });
}
