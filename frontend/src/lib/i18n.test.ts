import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';

import { changeLanguage } from '@/lib/i18n';

describe('changeLanguage', () => {
  afterEach(() => changeLanguage('fr'));

  it('fetches the English texts, which the first screen does not carry, before switching to them', async () => {
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await changeLanguage('en');

    expect(i18n.t('pwa.reload')).toBe('Reload');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('microfinance.language')).toBe('en');
  });
});
