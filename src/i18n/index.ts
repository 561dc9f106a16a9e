import i18next, { type Resource, type TFunction } from 'i18next';
import { defaultLocale, englishContentLang, getLocale, type Locale, type LocaleCode } from './locales.ts';
import { uiStrings } from './ui-strings.ts';
import { remembered } from '../lib/memo/remembered.ts';

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
  return remembered(translators, code, () => rememberingPlainStrings(i18n.getFixedT(getLocale(code).lang)));
}

const translators = new Map<LocaleCode, Translate>();

/**
 * A translation function that looks up each string without options once, then remembers it. A county-sized
 * directory asks for the same few hundred strings on tens of thousands of pages, and i18next resolves every call
 * afresh: profiled on a build with 1,000 entries, its lookups took about a seventh of the time spent rendering
 * pages. Calls with options (a count, values to fill in) still go to i18next each time.
 */
function rememberingPlainStrings(translate: Translate): Translate {
  const plain = new Map<string, string>();
  // i18next's TFunction type has many overloads; this wrapper passes every call through unchanged, so it is cast.
  const lookUp = translate as unknown as (...args: unknown[]) => string;
  const remembering = (key: unknown, ...rest: unknown[]): string => {
    if (rest.length > 0 || typeof key !== 'string') return lookUp(key, ...rest);
    return remembered(plain, key, lookUp);
  };
  return remembering as unknown as Translate;
}

/** A list of words joined as the language joins them: "a, b and c", "a、b和c", "a وb وc". */
export function formatList(items: readonly string[], code: LocaleCode): string {
  return made(listFormats, code, (lang) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(
    items,
  );
}

/** A date as the language writes it in full ("3 December 2026", "3 grudnia 2026"), in UTC as the content records it. */
export function formatLongDate(date: Date, code: LocaleCode): string {
  return made(
    longDateFormats,
    code,
    (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(date);
}

const listFormats = new Map<LocaleCode, Intl.ListFormat>();
const longDateFormats = new Map<LocaleCode, Intl.DateTimeFormat>();

/**
 * A language's formatter, made once: making one costs about as much as rendering the rest of a directory entry's
 * details, and a county-sized directory renders tens of thousands of entry pages.
 */
function made<T>(cache: Map<LocaleCode, T>, code: LocaleCode, make: (lang: string) => T): T {
  return remembered(cache, code, () => make(getLocale(code).lang));
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
