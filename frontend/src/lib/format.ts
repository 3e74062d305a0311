export type Locale = 'fr' | 'en';

const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The CFA franc (XOF in the UEMOA, XAF in the CEMAC) is written "FCFA" by its users. */
const CURRENCY_LABELS: Record<string, string> = { XOF: 'FCFA', XAF: 'FCFA' };

/**
 * The currency of pages whose API answer names none (deposit products, the ledger): the default of every
 * institution (DOMAIN: XOF), until the API tells the SPA its institution's currency.
 */
export const DEFAULT_CURRENCY = 'XOF';

/** How the users of a currency name it: "FCFA" for XOF and XAF, the ISO code for others. */
export function currencyLabel(currency: string) {
  return CURRENCY_LABELS[currency] ?? currency;
}

export function minorUnitDigits(currency: string) {
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

/** An instant to the second (the steps of a payment are seconds apart): "03/12/2026 11:05:42". */
export function formatTimestamp(value: string, locale: Locale = 'fr') {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'short', timeStyle: 'medium' }).format(
    new Date(value),
  );
}

/** An instant, or a calendar day ("2026-11-21", read as that day where the user is rather than at UTC midnight). */
export function formatDate(value: string, locale: Locale = 'fr') {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'medium' }).format(date);
}

/** A month as the API names it ("2026-11"), in words: "novembre 2026". */
export function formatMonth(month: string, locale: Locale = 'fr') {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { month: 'long', year: 'numeric' }).format(
    new Date(`${month}-01T00:00:00`),
  );
}

/** A calendar day, or an instant's day, in figures: "03/12/2026" (the cells of a report, as its exports write them). */
export function formatShortDate(value: string, locale: Locale = 'fr') {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'short' }).format(date);
}

/** A count with its digits grouped: `formatInteger(12500)` gives "12 500". */
export function formatInteger(value: number | `${number}`, locale: Locale = 'fr') {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 0 }).format(value);
}

const FILE_SIZE_UNITS: Record<Locale, readonly [string, string, string]> = {
  fr: ['o', 'Ko', 'Mo'],
  en: ['B', 'KB', 'MB'],
};

/** A file's size: bytes under a kilobyte, kilobytes under a megabyte, megabytes above ("12,5 Ko", "3,2 Mo"). */
export function formatFileSize(bytes: number, locale: Locale = 'fr') {
  const [byte, kilobyte, megabyte] = FILE_SIZE_UNITS[locale];
  const [size, unit] =
    bytes < 1024 ? [bytes, byte] : bytes < 1024 * 1024 ? [bytes / 1024, kilobyte] : [bytes / (1024 * 1024), megabyte];
  const number = new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 1 }).format(size);
  return `${number}\u00a0${unit}`;
}

/** A percentage given in percent (as the API sends rates): `formatPercent(12.5)` gives "12,5 %". */
export function formatPercent(percent: number, locale: Locale = 'fr') {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'percent', maximumFractionDigits: 4 }).format(
    percent / 100,
  );
}

/** Today where the user is, as a date input writes it ("2026-11-21"). */
export function localToday(now: Date = new Date()) {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
