import { useTranslation } from 'react-i18next';

import type { Payment } from '@/features/payments/api/get-payments';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/**
 * How the pages word a payment: its amounts, why it was flagged (a code: `amount_mismatch`, `currency_mismatch`, or
 * the code of the posting the target refused), in the user's language; an unknown code shows as the API's message
 * for it would, or as sent.
 */
export function usePaymentWords() {
  const { t } = useTranslation();
  const locale = useLocale();
  return {
    amount: (payment: Pick<Payment, 'amount' | 'currency'>) => formatMoney(payment.amount, payment.currency, locale),
    received: (payment: Pick<Payment, 'receivedAmount' | 'receivedCurrency' | 'currency'>) =>
      payment.receivedAmount === null || payment.receivedAmount === undefined
        ? null
        : formatMoney(payment.receivedAmount, payment.receivedCurrency ?? payment.currency, locale),
    flagReason: (code: string) =>
      t(`paymentFlagReasons.${code}`, { defaultValue: t(`errors.codes.${code}`, { defaultValue: code }) }),
  };
}
