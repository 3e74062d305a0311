import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { bankReconciliationQueryKey } from '@/features/accounting/api/get-bank-reconciliation';
import { api, unwrap } from '@/lib/api-client';
import { wholeNumberSchema } from '@/lib/validation';
import type { components } from '@/types/api';

export const STATEMENT_DELIMITERS = [';', ',', '\t', '|'] as const;
export const STATEMENT_DATE_FORMATS = ['dd/MM/yyyy', 'dd-MM-yyyy', 'dd.MM.yyyy', 'dd/MM/yy', 'yyyy-MM-dd', 'yyyyMMdd', 'MM/dd/yyyy'] as const;
export const STATEMENT_DECIMAL_SEPARATORS = [',', '.'] as const;

const column = wholeNumberSchema(1, 50);
const optionalColumn = z.union([z.literal('').transform(() => null), column]);

/** The form's fields as typed (columns as text), checked and turned into the API's command. */
export const bankStatementFormatInputSchema = z
  .object({
    delimiter: z.enum(STATEMENT_DELIMITERS),
    hasHeader: z.boolean(),
    dateColumn: column,
    labelColumn: column,
    amountMode: z.enum(['signed', 'debitCredit']),
    amountColumn: optionalColumn,
    debitColumn: optionalColumn,
    creditColumn: optionalColumn,
    referenceColumn: optionalColumn,
    dateFormat: z.enum(STATEMENT_DATE_FORMATS),
    decimalSeparator: z.enum(STATEMENT_DECIMAL_SEPARATORS),
  })
  .refine((f) => f.amountMode !== 'signed' || f.amountColumn !== null, { message: 'validation.required', path: ['amountColumn'] })
  .refine((f) => f.amountMode !== 'debitCredit' || f.debitColumn !== null, { message: 'validation.required', path: ['debitColumn'] })
  .refine((f) => f.amountMode !== 'debitCredit' || f.creditColumn !== null, { message: 'validation.required', path: ['creditColumn'] })
  .transform(({ amountMode, ...f }): components['schemas']['SaveBankStatementFormatCommand'] =>
    amountMode === 'signed' ? { ...f, debitColumn: null, creditColumn: null } : { ...f, amountColumn: null },
  );

export type BankStatementFormatInput = z.input<typeof bankStatementFormatInputSchema>;

export function saveBankStatementFormat({ glAccountId, data }: { glAccountId: string; data: components['schemas']['SaveBankStatementFormatCommand'] }) {
  return unwrap(api.PUT('/api/v1/bank-accounts/{glAccountId}/statement-format', { params: { path: { glAccountId } }, body: data }));
}

export function useSaveBankStatementFormat(glAccountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (data: components['schemas']['SaveBankStatementFormatCommand']) => saveBankStatementFormat({ glAccountId, data }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bankReconciliationQueryKey(glAccountId) }),
  });
}
