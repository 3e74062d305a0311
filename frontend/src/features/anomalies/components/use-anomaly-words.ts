import { useTranslation } from 'react-i18next';

import { useInstitutionCurrency } from '@/lib/auth';
import { formatDate, formatDateTime, formatMoney, formatPercent, type Locale } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** How a figure's value reads: the API sends every figure as invariant text ("12500.5", "2026-11-03", an instant in UTC). */
export type FigureKind = 'money' | 'percent' | 'number' | 'date' | 'instant' | 'text';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?Z$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
/** Counts, durations and ratios named by their unit (`daysLate`, `minOperations`, `windowMinutes`, `peerMultiple`…). */
const COUNT_NAME = /(days|count|minutes|seconds|hours?|operations|sessions|withdrawals|late|apart|multiple|zscore)$/i;
const PERCENT_NAME = /(percent|rate)$/i;
/** Sums of money (`amount`, `amountAtRisk`, `overdueAmount`, `median`, `mad`, `totalDifference`, `savings`…). */
const MONEY_NAME = /(amount|total|median|mad|sum|balance|difference|savings|principal|overdue|outstanding|threshold|shortfall|surplus|above|limit)/i;

/**
 * What a figure is, from its name and its text, for rules written after this page: days and instants by their shape,
 * numbers by their name's unit (a count, a percent, money), anything else as text.
 */
export function figureKind(name: string, value: string): FigureKind {
  if (DAY.test(value)) return 'date';
  if (INSTANT.test(value)) return 'instant';
  if (!NUMBER.test(value)) return 'text';
  if (COUNT_NAME.test(name)) return 'number';
  if (PERCENT_NAME.test(name)) return 'percent';
  if (MONEY_NAME.test(name)) return 'money';
  return 'number';
}

export function formatFigure(name: string, value: string, currency: string, locale: Locale) {
  switch (figureKind(name, value)) {
    case 'date':
      return formatDate(value, locale);
    case 'instant':
      return formatDateTime(value, locale);
    case 'money':
      return formatMoney(value as `${number}`, currency, locale);
    case 'percent':
      return formatPercent(Number(value), locale);
    case 'number':
      return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 4 }).format(Number(value));
    default:
      return value || '—';
  }
}

/**
 * A finding's words: its rule's name, each figure's label (the locale's when it has one, the figure's own name
 * otherwise: a rule added later still shows) and value, an operation's type and channel in words.
 */
export function useAnomalyWords() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const known = (key: string) => i18n.exists(key);
  return {
    rule: (code: string) => (known(`anomalies.rules.${code}`) ? t(`anomalies.rules.${code}`) : code),
    figureLabel: (name: string) => (known(`anomalies.figures.${name}`) ? t(`anomalies.figures.${name}`) : name),
    figureValue: (name: string, value: string) => {
      // An operation's type or channel, as the rest of the SPA names them.
      if (name === 'type' && known(`transactionTypes.${value}`)) return t(`transactionTypes.${value}`);
      if (name === 'channel' && known(`channels.${value}`)) return t(`channels.${value}`);
      if (name === 'reason' && known(`anomalies.reasons.${value}`)) return t(`anomalies.reasons.${value}`);
      return formatFigure(name, value, currency, locale);
    },
    subjectType: (type: string) => (known(`anomalies.subjectTypes.${type}`) ? t(`anomalies.subjectTypes.${type}`) : type),
  };
}
