export type Locale = 'fr' | 'en';

const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The CFA franc (XOF in the UEMOA, XAF in the CEMAC) is written "FCFA" by its users. */
const CURRENCY_LABELS: Record<string, string> = { XOF: 'FCFA', XAF: 'FCFA' };

function minorUnitDigits(currency: string) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats an amount in its currency: `formatMoney(150000, 'XOF')` gives "150 000 FCFA" (French groups digits
 * with a narrow no-break space, and a no-break space keeps the label on the amount's line).
 * Amounts may arrive as decimal strings from the API; those are formatted without going through a float.
 */
export function formatMoney(amount: number | `${number}`, currency: string, locale: Locale = 'fr') {
  const label = CURRENCY_LABELS[currency];
  if (!label) {
    return new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'currency', currency }).format(amount);
  }
  const digits = minorUnitDigits(currency);
  const number = new Intl.NumberFormat(INTL_LOCALES[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
  return `${number}\u00a0${label}`;
}

export function formatDateTime(value: string, locale: Locale = 'fr') {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(value),
  );
}

export function formatDate(value: string, locale: Locale = 'fr') {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'medium' }).format(new Date(value));
}
