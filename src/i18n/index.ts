import i18next, { type Resource, type TFunction } from 'i18next';
import { defaultLocale, englishContentLang, getLocale, type Locale, type LocaleCode } from './locales.ts';
import { uiStrings } from './ui-strings.ts';

export { uiStrings };

// i18next runs only at build time: strings reach the browser as HTML, or as props for islands.
const i18n = i18next.createInstance();
await i18n.init({
  // Keyed by each language's full tag, so plural rules are the right ones (European Portuguese says "0 minutos", where
  // Brazilian rules would say "0 minuto").
  resources: Object.fromEntries(
    Object.entries(uiStrings).map(([code, strings]) => [getLocale(code as LocaleCode).lang, { translation: strings }]),
  ) satisfies Resource,
  lng: getLocale('en').lang,
  fallbackLng: false,
  // The text goes into Astro templates, which escape it.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type Translate = TFunction;

/**
 * The translation function for one language. Give a number as `count` and i18next picks the plural form the
 * language needs (`key_one`, `key_few`, ...), by the language's own plural rules.
 */
export function useTranslations(code: LocaleCode): Translate {
  return i18n.getFixedT(getLocale(code).lang);
}

/** A list of words joined as the language joins them: "a, b and c", "a、b和c", "a وb وc". */
export function formatList(items: readonly string[], code: LocaleCode): string {
  return new Intl.ListFormat(getLocale(code).lang, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * What a page in one language starts from: its words, its locale, and the attributes that mark English text shown in
 * it (undefined on English pages), such as directory entries, which are written in English only.
 */
export function inLanguage(code: LocaleCode): {
  t: Translate;
  locale: Locale;
  englishText: ReturnType<typeof englishContentLang>;
} {
  return { t: useTranslations(code), locale: getLocale(code), englishText: englishContentLang(code === defaultLocale) };
}
