import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

import fr from '@/config/locales/fr.json';
import type { Locale } from '@/lib/format';

export const LANGUAGES: readonly Locale[] = ['fr', 'en'];

const LANGUAGE_KEY = 'microfinance.language';

function isLocale(value: string | null): value is Locale {
  return LANGUAGES.some((language) => language === value);
}

function storedLanguage(): Locale {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return isLocale(stored) ? stored : 'fr';
}

void i18n.use(initReactI18next).init({
  // French, the default and the fallback, ships with the first screen; English is fetched by whoever picks it.
  resources: { fr: { translation: fr } },
  lng: 'fr',
  fallbackLng: 'fr',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18n.language;

/** French is always there: only English is ever fetched. */
async function loadTexts(language: Locale) {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const { default: translation } = await import('@/config/locales/en.json');
  i18n.addResourceBundle(language, 'translation', translation);
}

export async function changeLanguage(language: Locale) {
  await loadTexts(language);
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  return i18n.changeLanguage(language);
}

/** Settles once the language the user chose last time is loaded and set: the app renders after it (main.tsx). */
export const i18nReady: Promise<unknown> = storedLanguage() === 'fr' ? Promise.resolve() : changeLanguage(storedLanguage());

/** The current UI language outside React: the API client sends it as `Accept-Language`. */
export function currentLanguage(): Locale {
  const language = i18n.resolvedLanguage ?? null;
  return isLocale(language) ? language : 'fr';
}

/** The current UI language, for the formatting helpers. */
export function useLocale(): Locale {
  const language = useTranslation().i18n.resolvedLanguage ?? null;
  return isLocale(language) ? language : 'fr';
}
