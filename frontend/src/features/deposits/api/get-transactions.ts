import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';
import { optionalMoneySchema, orderedPeriod, periodFields } from '@/lib/validation';
import type { components, paths } from '@/types/api';

export type GetTransactionsQuery = NonNullable<paths['/api/v1/transactions']['get']['parameters']['query']>;

export const transactionsQueryKey = ['transactions'] as const;

/** A page of movements, with the credits and debits of every movement the filters select (not only the page's). */
export type TransactionPage = components['schemas']['TransactionPageDto'];

/**
 * One movement of the institution: an account's movement (`source` `AccountTransaction`: tagged, reversed, printed as
 * a receipt), a loan repayment, an opening fee or a loan disbursed in cash — with its client and its account or loan.
 */
export type Movement = TransactionPage['items'][number];

/** Without `format` the API answers the JSON page (the same route answers files: see reporting's export-transactions.ts). */
export async function getTransactions(query: GetTransactionsQuery): Promise<TransactionPage> {
  return (await unwrap(api.GET('/api/v1/transactions', { params: { query } }))) as TransactionPage;
}
export type MovementType = NonNullable<GetTransactionsQuery['type']>;
export type Channel = NonNullable<GetTransactionsQuery['channel']>;

export const TRANSACTION_TYPES = [
  'Deposit',
  'Withdrawal',
  'TransferIn',
  'TransferOut',
  'Reversal',
  'LoanDisbursement',
  'LoanRepayment',
  'OpeningFee',
  'Interest',
] as const satisfies readonly MovementType[];

export const CHANNELS = ['Cash', 'MobileMoney', 'BankTransfer'] as const satisfies readonly Channel[];

/** The orders the API sorts by; none is the newest first. */
export const TRANSACTION_SORTS = ['-date', 'date', 'amount', '-amount', 'category', '-category'] as const;

/** The category filter's value for the movements without a category (sent as `categorized=false`). */
export const NO_CATEGORY = 'none';

/** The explorer's filters, by their query-string name (the same in the address and in the request), in form order. */
export const TRANSACTION_FILTERS = [
  'from',
  'to',
  'type',
  'channel',
  'minAmount',
  'maxAmount',
  'branchId',
  'agentId',
  'reversed',
  'categoryId',
  'sort',
] as const satisfies readonly (keyof GetTransactionsQuery)[];

export type TransactionFilterName = (typeof TRANSACTION_FILTERS)[number];

/** Every filter as a string, blank when not chosen (as the address and the form hold them). */
export type TransactionFilterValues = Record<TransactionFilterName, string>;

const isOneOf = (values: readonly string[]) => (value: string) => values.includes(value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d+([.]\d+)?$/;

/** What the API accepts for each filter. */
const ACCEPTS: Record<TransactionFilterName, (value: string) => boolean> = {
  from: (value) => DAY.test(value),
  to: (value) => DAY.test(value),
  type: isOneOf(TRANSACTION_TYPES),
  channel: isOneOf(CHANNELS),
  minAmount: (value) => AMOUNT.test(value),
  maxAmount: (value) => AMOUNT.test(value),
  branchId: (value) => value.trim() !== '',
  agentId: (value) => value.trim() !== '',
  reversed: isOneOf(['true', 'false']),
  categoryId: (value) => value.trim() !== '',
  sort: isOneOf(TRANSACTION_SORTS),
};

/**
 * The request's filters from `values` (the address): a blank one is left out, and so is one the API would refuse
 * (400) rather than ignore — e.g. an unknown operation or a mistyped amount in a shared link. Amounts go as numbers,
 * "reversed" as a boolean, the category {@link NO_CATEGORY} as `categorized=false`.
 */
export function transactionFilters(values: Partial<TransactionFilterValues>): GetTransactionsQuery {
  const query: GetTransactionsQuery = {};
  for (const name of TRANSACTION_FILTERS) {
    const value = values[name];
    if (!value || !ACCEPTS[name](value)) continue;
    if (name === 'minAmount' || name === 'maxAmount') query[name] = Number(value);
    else if (name === 'reversed') query.reversed = value === 'true';
    else if (name === 'categoryId' && value === NO_CATEGORY) query.categorized = false;
    else if (name === 'type') query.type = value as MovementType;
    else if (name === 'channel') query.channel = value as Channel;
    else query[name] = value;
  }
  return query;
}

/**
 * The explorer's filters as typed: a period in order, amounts in the institution's currency (never negative, the
 * maximum not below the minimum), the selects as chosen (blank is no filter).
 */
export function transactionFiltersSchema(currency: string) {
  return orderedPeriod(
    z.object({
      ...periodFields,
      type: z.string(),
      channel: z.string(),
      minAmount: optionalMoneySchema(currency),
      maxAmount: optionalMoneySchema(currency),
      branchId: z.string(),
      agentId: z.string(),
      reversed: z.string(),
      categoryId: z.string(),
      sort: z.string(),
    }),
  ).refine(
    ({ minAmount, maxAmount }) => minAmount === undefined || maxAmount === undefined || minAmount <= maxAmount,
    { message: 'validation.minAboveMax', path: ['maxAmount'] },
  );
}

export type TransactionFiltersInput = z.input<ReturnType<typeof transactionFiltersSchema>>;

export function getTransactionsQueryOptions(query: GetTransactionsQuery) {
  return queryOptions({
    queryKey: [...transactionsQueryKey, query],
    queryFn: () => getTransactions(query),
    placeholderData: keepPreviousData,
  });
}

export function useTransactions(query: GetTransactionsQuery) {
  return useQuery(getTransactionsQueryOptions(query));
}
