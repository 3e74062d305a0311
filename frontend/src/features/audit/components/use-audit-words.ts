import { useTranslation } from 'react-i18next';

import auditedEnums from '@/features/audit/audited-enums.json';

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
  'openingFeePaid',
  'outstanding',
  'atRisk1',
  'atRisk30',
  'atRisk90',
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

/**
 * The recorded fields that hold an enum, and the label map of the locales that words its values (as `ENUM_LABELS` does
 * for the API's enums): one map for a field, or one per entity type where the same name means different things
 * (`status`, `type`, `kind`). A functional test checks it against every enum an audited entity holds.
 */
const ENUM_FIELDS: Record<string, string | Record<string, string>> = auditedEnums;

/** The label map of `field`'s values on an entity of `entityType`, when it is an enum. */
export function enumLabelsOf(field: string, entityType?: string | null): string | undefined {
  const labels = ENUM_FIELDS[field];
  return typeof labels === 'string' ? labels : entityType ? labels?.[entityType] : undefined;
}

/** The ids a page can name (GL accounts, from the chart the route loads): id → name. */
export type KnownNames = ReadonlyMap<string, string>;

/**
 * How the trail words a recorded field and its value on an entity of `entityType`: the field's label where one is
 * known (its raw name otherwise), an enum's value in words ("Pending" → "En attente"), money in the institution's
 * currency ("150 000 FCFA"), days and instants in the reader's language, yes/no, rates as percentages, an id the page
 * knows by its name, anything else as recorded.
 */
export function useAuditWords(names: KnownNames = new Map(), entityType?: string | null) {
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
      const enumLabels = enumLabelsOf(field, entityType);
      if (enumLabels && typeof value === 'string') return t(`${enumLabels}.${value}`, { defaultValue: value });
      if (typeof value === 'string') {
        if (DAY.test(value)) return formatDate(value, locale);
        if (INSTANT.test(value)) return formatDateTime(value, locale);
        return names.get(value) ?? value;
      }
      return JSON.stringify(value);
    },
  };
}
