import { describe, expect, it } from 'vitest';

import { isUsable, recordInputSchema } from '@/features/sync/offline-checks';

const values = (changes: Partial<{ mode: 'days' | 'amount'; days: string; amount: string; reference: string }>) => ({
  mode: 'amount' as const,
  days: '',
  amount: '',
  reference: '',
  ...changes,
});

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('what is checked offline', () => {
  it('takes a positive amount in whole francs, typed with spaces', () => {
    const deposit = recordInputSchema('Deposit', 'XOF', null);
    expect(deposit.parse(values({ amount: '25 000', reference: ' marché ' }))).toEqual({
      amount: 25_000,
      days: null,
      total: 25_000,
      reference: 'marché',
    });
    expect(firstMessage(deposit.safeParse(values({ amount: '100,5' })))).toBe('validation.amount');
    expect(firstMessage(deposit.safeParse(values({ amount: '0' })))).toBe('validation.amountPositive');
    expect(firstMessage(deposit.safeParse(values({ amount: '-5' })))).toBe('validation.amount');
  });

  it('takes a contribution as days, or as an amount that is a multiple of the daily amount', () => {
    const contribution = recordInputSchema('TontineContribution', 'XOF', 500);
    expect(contribution.parse(values({ mode: 'days', days: '3' }))).toMatchObject({ days: 3, amount: null, total: 1_500 });
    expect(contribution.parse(values({ amount: '2 000' }))).toMatchObject({ days: null, amount: 2_000, total: 2_000 });
    expect(firstMessage(contribution.safeParse(values({ amount: '1 200' })))).toBe('sync.record.notMultiple');
    expect(firstMessage(contribution.safeParse(values({ mode: 'days', days: '0' })))).toBe('validation.range');
  });

  it('refuses an object whose last known status takes no money', () => {
    expect(isUsable('Deposit', 'Active')).toBe(true);
    expect(isUsable('Deposit', 'Closed')).toBe(false);
    expect(isUsable('LoanRepayment', 'Repaid')).toBe(false);
    expect(isUsable('TontineContribution', 'Closed')).toBe(false);
  });
});
