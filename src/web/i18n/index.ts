import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isLocale, LOCALES, type Locale, localeOr } from '../../shared/auth.ts';
import { zodErrorMap } from '../../shared/messages/translate.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export const LOCALE_STORAGE_KEY = 'tend.locale';

/** Each language named in itself, as a switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  ko: '한국어',
  zh: '中文',
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export { isLocale };

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function hasStoredLocale(): boolean {
  return storedLocale() !== null;
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  // Checks run in the browser (the scorecard editor's) speak the UI language too.
  z.config({ localeError: zodErrorMap(localeOr(lng)) });
});

// Resources are bundled, so initialisation is synchronous and the first render is already translated.
void i18next.use(initReactI18next).init({
  initAsync: false,
  resources: {
    en: { translation: en },
    ru: { translation: ru },
    ko: { translation: ko },
    zh: { translation: zh },
  },
  lng: storedLocale() ?? browserLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18next.language;
z.config({ localeError: zodErrorMap(localeOr(i18next.language)) });

/** Switches the UI language now and remembers it on this device. */
export function applyLocale(locale: Locale) {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

/** The current UI language, for Intl formatting. Re-renders on change. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOr(i18n.language);
}
