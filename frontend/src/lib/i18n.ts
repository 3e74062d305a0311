import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

import en from '@/config/locales/en.json';
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
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18n.language;

export function changeLanguage(language: Locale) {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  return i18n.changeLanguage(language);
}

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
