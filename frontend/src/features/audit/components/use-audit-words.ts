import { useTranslation } from 'react-i18next';

import { useInstitutionCurrency } from '@/lib/auth';
import { formatDate, formatDateTime, formatInteger, formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The amounts an audited entity holds (decimal columns that are money), by their camelCase name in a record. */
const MONEY_FIELDS = new Set([
  'amount',
  'balance',
  'balanceAfter',
  'credit',
  'debit',
  'feesDue',
  'feesPaid',
  'feesPart',
  'guaranteeRequiredAbove',
  'interestDue',
  'interestPaid',
  'interestPart',
  'maxAmount',
  'minAmount',
  'minimumBalance',
  'openingFee',
  'penaltiesDue',
  'penaltiesPaid',
  'penaltiesPart',
  'principal',
  'principalDue',
  'principalPaid',
  'principalPart',
  'receivedAmount',
  'totalPenalties',
  'withdrawalApprovalThreshold',
]);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isFigure(value: unknown): value is number | `${number}` {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value));
}

/** The ids a page can name (GL accounts, from the chart the route loads): id → name. */
export type KnownNames = ReadonlyMap<string, string>;

/**
 * How the trail words a recorded field and its value: the field's label where one is known (its raw name otherwise),
 * money in the institution's currency ("150 000 FCFA"), days and instants in the reader's language, yes/no, rates as
 * percentages, an id the page knows by its name, anything else as recorded.
 */
export function useAuditWords(names: KnownNames = new Map()) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();

  return {
    field: (name: string) => t(`audit.fields.${name}`, { defaultValue: name }),
    value: (field: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '—';
      if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
      if (MONEY_FIELDS.has(field) && isFigure(value)) return formatMoney(value, currency, locale);
      if (field.endsWith('Percent') && isFigure(value)) return formatPercent(Number(value), locale);
      if (typeof value === 'number') return Number.isInteger(value) ? formatInteger(value, locale) : value.toLocaleString(locale);
      if (typeof value === 'string') {
        if (DAY.test(value)) return formatDate(value, locale);
        if (INSTANT.test(value)) return formatDateTime(value, locale);
        return names.get(value) ?? value;
      }
      return JSON.stringify(value);
    },
  };
}
