import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

import { ReviewSteps } from '@/components/ui/review-steps';
import type { Account } from '@/features/deposits/api/get-accounts';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type OperationKind = 'deposit' | 'withdrawal' | 'transfer';

type OperationStepsProps<Input extends { amount: number }> = Omit<
  ComponentProps<typeof ReviewSteps<Input>>,
  'title'
> & {
  kind: OperationKind;
  account: Account;
};

/**
 * A deposit, a withdrawal or a transfer: its form, then a review that shows the operation, the account, its holder
 * and the amount before what the operation adds (`details`).
 */
export function OperationSteps<Input extends { amount: number }>({
  kind,
  account,
  details,
  ...steps
}: OperationStepsProps<Input>) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ReviewSteps
      title={t(`operations.${kind}Title`, { number: account.number })}
      details={(data) => [
        { label: t('operations.operation'), value: t(`operations.kinds.${kind}`) },
        { label: t('accounts.number'), value: account.number },
        { label: t('accounts.client'), value: account.clientName },
        { label: t('operations.amount'), value: <strong>{formatMoney(data.amount, account.currency, locale)}</strong> },
        ...details(data),
      ]}
      {...steps}
    />
  );
}
