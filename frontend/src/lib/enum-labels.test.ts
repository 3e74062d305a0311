import { describe, expect, it } from 'vitest';

// eslint-disable-next-line no-restricted-imports -- the API's contract (docs/api) lives outside src; it is what the labels are checked against
import openapi from '../../../docs/api/openapi.json';

import en from '@/config/locales/en.json';
import fr from '@/config/locales/fr.json';
import { ENUM_LABELS, type LabelledEnum } from '@/lib/enum-labels';

/**
 * Enums of the API that no screen shows: how a report column is typed, what a webhook answered its provider, which
 * record an explorer row is (it decides the row's actions, its type names it).
 */
const NOT_SHOWN = ['ColumnKind', 'MovementSource', 'WebhookReceipt', 'WithdrawalRequestStatus'];

const enums = Object.entries(openapi.components.schemas).flatMap(([name, schema]) =>
  'enum' in schema && Array.isArray(schema.enum) ? [{ name, values: schema.enum.map(String) }] : [],
);

function labelsOf(locale: object, path: string): Record<string, unknown> {
  return path.split('.').reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, {
    ...locale,
  });
}

describe('enum labels', () => {
  it('names a label map for every enum of the API a user may see', () => {
    const labelled = Object.keys(ENUM_LABELS);
    const unlabelled = enums.map((e) => e.name).filter((name) => !labelled.includes(name) && !NOT_SHOWN.includes(name));
    expect(unlabelled).toEqual([]);
  });

  it.each(enums.filter((e) => e.name in ENUM_LABELS))('labels every value of $name in French and English', ({ name, values }) => {
    const path = ENUM_LABELS[name as LabelledEnum];
    for (const [language, locale] of [['fr', fr], ['en', en]] as const) {
      const labels = labelsOf(locale, path);
      const missing = values.filter((value) => typeof labels[value] !== 'string' || labels[value] === '');
      expect(missing, `${language}: ${path}`).toEqual([]);
    }
    const rawInFrench = values.filter((value) => labelsOf(fr, path)[value] === value);
    expect(rawInFrench, `fr: ${path} shows the API's own spelling`).toEqual([]);
  });
});
