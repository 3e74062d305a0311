import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import { formatMoney, minorUnitDigits } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type TypedLine = { debit?: string; credit?: string };

/** An amount as typed ("150 000", "12,50") in the currency's minor units; anything else counts for nothing. */
function typedMinorUnits(value: string | undefined, digits: number) {
  const typed = (value ?? '').replace(/\s/g, '').replace(',', '.');
  const pattern = digits > 0 ? new RegExp(`^\\d+([.]\\d{1,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(typed)) return 0;
  const [whole, fraction = ''] = typed.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/**
 * The totals of the lines as typed, summed in minor units so that no float rounding shows a difference that is not
 * there; balanced when the debits equal the credits and are not nothing.
 */
export function entryTotals(lines: readonly TypedLine[], currency: string) {
  const digits = minorUnitDigits(currency);
  const sum = (side: keyof TypedLine) => lines.reduce((total, line) => total + typedMinorUnits(line[side], digits), 0);
  const debits = sum('debit');
  const credits = sum('credit');
  const scale = 10 ** digits;
  return {
    debits: debits / scale,
    credits: credits / scale,
    difference: Math.abs(debits - credits) / scale,
    balanced: debits > 0 && debits === credits,
  };
}

export type EntryTotals = ReturnType<typeof entryTotals>;

/** Below the lines, as the user types: the two totals and « Équilibrée » or the difference. */
export function EntryBalance({ totals, currency }: { totals: EntryTotals; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const empty = totals.debits === 0 && totals.credits === 0;
  return (
    <div
      role="status"
      aria-label={t('manualEntries.form.balance')}
      className="d-flex flex-wrap align-items-center gap-2 gap-sm-3 border rounded p-2 mb-3"
    >
      <span className="text-nowrap">
        {t('manualEntries.form.totalDebits')} <strong>{money(totals.debits)}</strong>
      </span>
      <span className="text-nowrap">
        {t('manualEntries.form.totalCredits')} <strong>{money(totals.credits)}</strong>
      </span>
      {empty ? (
        <span className="text-body-secondary">{t('manualEntries.form.noAmount')}</span>
      ) : totals.balanced ? (
        <Badge bg="success" className="fs-6">{t('manualEntries.form.balanced')}</Badge>
      ) : (
        <Badge bg="danger" className="fs-6 text-wrap">
          {t('manualEntries.form.difference', { amount: money(totals.difference) })}
        </Badge>
      )}
    </div>
  );
}
