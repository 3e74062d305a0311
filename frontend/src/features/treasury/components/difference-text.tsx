import { useTranslation } from 'react-i18next';

import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** A drawer's difference in words and colour: a shortage in red, a surplus in orange, none in green. */
export function DifferenceText({ difference, currency }: { difference: number; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const amount = formatMoney(Math.abs(difference), currency, locale);
  if (difference === 0) return <span className="text-success fw-semibold">{t('treasury.balanced')}</span>;
  return difference < 0 ? (
    <span className="text-danger fw-semibold">{t('treasury.shortage', { amount })}</span>
  ) : (
    <span className="text-warning-emphasis fw-semibold">{t('treasury.surplus', { amount })}</span>
  );
}
