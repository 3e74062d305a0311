import { describe, expect, it } from 'vitest';

import en from '@/config/locales/en.json';
import fr from '@/config/locales/fr.json';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]: [string, unknown]) =>
    typeof child === 'object' && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('has the same keys in French and in English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
});
