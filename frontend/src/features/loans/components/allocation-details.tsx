import { useTranslation } from 'react-i18next';

import type { Detail } from '@/components/ui/details-list';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** How a repayment is split, in the order money is applied: penalties, fees, interest, then principal. */
export type Split = { penalties: number; fees: number; interest: number; principal: number };

/** The split as labelled amounts, for a details list. */
export function useSplitDetails(currency: string) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (split: Split): Detail[] =>
    (['penalties', 'fees', 'interest', 'principal'] as const).map((part) => ({
      label: t(`schedule.${part}`),
      value: formatMoney(split[part], currency, locale),
    }));
}
